package io.github.fnspring.demo;

import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The built {@code huawei.zip} loaded the way FunctionGraph's built-in Java runtime loads it:
 * its jars in a fresh class loader whose parent provides only the runtime's own interfaces
 * (the stand-in), the handler string resolved by reflection, the sample events passed in.
 */
class HuaweiPackageIT {

	private static final Path PACKAGE = Path.of("target", "fn", "huawei.zip");

	private static final String HANDLER = "io.github.fnspring.huawei.FunctionGraphHandler.handleRequest";

	private static final String INITIALIZER = "io.github.fnspring.huawei.FunctionGraphHandler.initialize";

	@TempDir
	Path work;

	private URLClassLoader runtimeLoader;

	private URLClassLoader functionLoader;

	private Object handler;

	private final List<String> logLines = new ArrayList<>();

	@BeforeEach
	void load() throws Exception {
		Path dir = PackageRunner.unzip(PACKAGE, this.work);
		this.runtimeLoader = new URLClassLoader(new URL[] { standInJar() }, ClassLoader.getPlatformClassLoader());
		URL[] jars;
		try (Stream<Path> files = Files.list(dir)) {
			jars = files.filter((file) -> file.toString().endsWith(".jar")).map(PackageRunner::url).toArray(URL[]::new);
		}
		this.functionLoader = new URLClassLoader(jars, this.runtimeLoader);
		String className = HANDLER.substring(0, HANDLER.lastIndexOf('.'));
		this.handler = this.functionLoader.loadClass(className).getConstructor().newInstance();
	}

	@AfterEach
	void close() throws Exception {
		this.functionLoader.close();
		this.runtimeLoader.close();
	}

	/** The stand-in jar on this test's class path; FunctionGraph provides the real one. */
	private static URL standInJar() throws Exception {
		String resource = "com/huawei/services/runtime/Context.class";
		String url = HuaweiPackageIT.class.getClassLoader().getResource(resource).toString();
		return new URL(url.substring("jar:".length(), url.indexOf("!/")));
	}

	private Object context(String requestId, String functionName) throws Exception {
		Class<?> contextType = this.runtimeLoader.loadClass("com.huawei.services.runtime.Context");
		Class<?> loggerType = this.runtimeLoader.loadClass("com.huawei.services.runtime.RuntimeLogger");
		Object logger = Proxy.newProxyInstance(this.runtimeLoader, new Class<?>[] { loggerType }, (proxy, method, args) -> {
			if (args != null && args.length == 1 && !"setLevel".equals(method.getName())) {
				this.logLines.add(method.getName() + " " + args[0]);
			}
			return null;
		});
		Map<String, Object> values = Map.of("getRequestID", requestId, "getFunctionName", functionName,
				"getRemainingTimeInMilliSeconds", 30_000, "getRunningTimeInSeconds", 30, "getMemorySize", 256,
				"getCPUNumber", 1, "getLogger", logger, "getVersion", "latest", "getProjectID", "project-1");
		return Proxy.newProxyInstance(this.runtimeLoader, new Class<?>[] { contextType }, (proxy, method, args) -> {
			if ("getUserData".equals(method.getName())) {
				return null;
			}
			return values.getOrDefault(method.getName(), (method.getReturnType() == int.class) ? 0 : "");
		});
	}

	private Object call(String handlerString, Object... arguments) throws Exception {
		String methodName = handlerString.substring(handlerString.lastIndexOf('.') + 1);
		Method method = Stream.of(this.handler.getClass().getMethods())
			.filter((candidate) -> candidate.getName().equals(methodName))
			.findFirst()
			.orElseThrow();
		return method.invoke(this.handler, arguments);
	}

	/** A sample event's text, as the runtime hands a JSON object event to the handler's {@code String} parameter. */
	private static String sample(String name) throws Exception {
		try (InputStream in = HuaweiPackageIT.class.getResourceAsStream("/events/huawei/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void packageIsFlatJarsWithoutNestedJarsOrRuntimeClasses() throws Exception {
		Path dir = PackageRunner.unzip(PACKAGE, this.work.resolve("check"));
		List<Path> jars;
		try (Stream<Path> files = Files.list(dir)) {
			jars = files.toList();
		}
		assertThat(jars).allMatch((file) -> file.toString().endsWith(".jar"));
		for (Path jar : jars) {
			try (JarFile file = new JarFile(jar.toFile())) {
				assertThat(file.stream().map(ZipEntry::getName)).as(jar.getFileName().toString())
					.noneMatch((name) -> name.startsWith("com/huawei/") || name.startsWith("BOOT-INF/"));
			}
		}
		try (JarFile app = new JarFile(dir.resolve("app.jar").toFile())) {
			assertThat(app.getManifest().getMainAttributes().getValue("Start-Class"))
				.isEqualTo(DemoApplication.class.getName());
			PackageLayout.assertAotSwitchedOn(app);
		}
	}

	@Test
	void apigEventThroughTheInitializerAndHandler() throws Exception {
		call(INITIALIZER, context("init-1", "uppercase"));
		String event = sample("apig.json");
		Map<?, ?> sample = JsonMapper.shared().readValue(event, Map.class);
		Object result = call(HANDLER, event, context("req-apig", "uppercase"));
		assertThat(result).isInstanceOf(Map.class);
		Map<?, ?> response = (Map<?, ?>) result;
		String requestBody = new String(Base64.getDecoder().decode((String) sample.get("body")), StandardCharsets.UTF_8);
		assertThat(response.get("statusCode")).isEqualTo(200);
		assertThat(response.get("isBase64Encoded")).isEqualTo(false);
		assertThat(response.get("body")).isEqualTo(requestBody.toUpperCase());
	}

	@Test
	void timerEventReachesAConsumerAndLogsThroughTheRuntimeLogger() throws Exception {
		assertThat(call(HANDLER, sample("timer.json"), context("req-timer", "tick"))).isNull();
		assertThat(call(HANDLER, "{}", context("req-who", "whoami"))).isInstanceOf(Map.class);
		assertThat(this.logLines).anyMatch((line) -> line.startsWith("info whoami called on HUAWEI"));
	}

	@Test
	void aFailureReachesTheRuntimeAsTheOriginalException() throws Exception {
		assertThatExceptionOfType(InvocationTargetException.class)
			.isThrownBy(() -> call(HANDLER, "boom", context("req-fail", "fail")))
			.satisfies((ex) -> {
				assertThat(ex.getCause().getClass().getName()).isEqualTo(IllegalStateException.class.getName());
				assertThat(ex.getCause().getMessage()).isEqualTo("Refusing to process 'boom'");
			});
	}

}
