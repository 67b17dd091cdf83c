package io.github.fnspring.benchmarks;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.github.fnspring.huawei.FgRuntimeApi;
import io.github.fnspring.tencent.ScfRuntimeApi;

/**
 * The cold-start targets, each started the way its platform starts it, with the same
 * function name ({@code order}), 128 MB and 30 s wherever the platform passes them.
 */
final class Targets {

	private static final String AWS_ADAPTER_MAIN = "io.github.fnspring.benchmarks.aws.AwsAdapterMain";

	private Targets() {
	}

	static Target floor(List<String> jvmFlags, String classpath, Path event) {
		return new JavaMainTarget("floor: Jackson, no Spring", jvmFlags, classpath, FloorMain.class.getName(), event);
	}

	/** The floor on another Java, such as the one a package bundles. */
	static Target floorOn(Path javaHome, String description, List<String> jvmFlags, String classpath, Path event) {
		return new JavaMainTarget("floor: Jackson, no Spring, on " + description, jvmFlags, classpath,
				FloorMain.class.getName(), event, javaHome);
	}

	static Target awsAdapter(List<String> jvmFlags, String jar, Path event) {
		return new JavaMainTarget("Spring Cloud Function AWS adapter", jvmFlags, jar, AWS_ADAPTER_MAIN, event);
	}

	static Target aliyun(Path dir) {
		return new FcHttpTarget("fn-spring aliyun.zip: FC custom runtime", dir.resolve("bootstrap"), Map.of());
	}

	/** aliyun.zip with the start's class preloading switched off, as a function's environment can. */
	static Target aliyunWithoutPreloading(Path dir) {
		return new FcHttpTarget("fn-spring aliyun.zip: FC custom runtime", dir.resolve("bootstrap"),
				Map.of("FN_PRELOAD_CLASSES", "false"));
	}

	/**
	 * aliyun.zip of the demo changed for one start-up lever fn-spring does not ship, to measure
	 * it against the package as built.
	 */
	static Target aliyunLever(String lever, Path dir) {
		return new FcHttpTarget("fn-spring aliyun.zip: FC custom runtime, " + lever, dir.resolve("bootstrap"), Map.of());
	}

	/** aliyun.zip built with its own Java, and so with a class-data sharing archive. */
	static Target aliyunBundled(Path dir) {
		return new FcHttpTarget("fn-spring aliyun.zip, bundled runtime + CDS", dir.resolve("bootstrap"), Map.of());
	}

	/** aliyun.zip built with a bundled Java 25, and so with an ahead-of-time cache. */
	static Target aliyunBundledJava25(Path dir) {
		return new FcHttpTarget("fn-spring aliyun.zip, bundled Java 25 + AOT cache", dir.resolve("bootstrap"),
				Map.of());
	}

	/**
	 * The bundled package with all tiers of the JIT compiler instead of C1 only, everything
	 * else as its script sets it: the measurement behind the script's choice.
	 */
	static Target aliyunBundledFullTiers(Path dir) {
		return new FcHttpTarget("fn-spring aliyun.zip, bundled runtime + CDS", dir.resolve("bootstrap"),
				Map.of("FN_JAVA_OPTS", "-XX:+UseSerialGC -Xss512k -XX:-UsePerfData -Xmx64m -XX:SharedArchiveFile=app.jsa"));
	}

	static Target tencent(Path dir) {
		return new RuntimeApiTarget("fn-spring tencent.zip: SCF custom runtime", dir.resolve("scf_bootstrap"),
				ScfRuntimeApi.PATHS,
				ScfRuntimeApi.eventHeaders(128, 30_000),
				(port) -> Map.of("SCF_RUNTIME_API", "127.0.0.1", "SCF_RUNTIME_API_PORT", Integer.toString(port),
						"SCF_FUNCTIONNAME", "order", "TENCENTCLOUD_REGION", "ap-guangzhou"));
	}

	static Target huaweiCustom(Path dir) {
		return new RuntimeApiTarget("fn-spring huawei-custom.zip: FunctionGraph custom runtime",
				dir.resolve("bootstrap"), FgRuntimeApi.PATHS, FgRuntimeApi::eventHeaders,
				(port) -> Map.of("RUNTIME_API_ADDR", "127.0.0.1:" + port, "RUNTIME_FUNC_NAME", "order", "RUNTIME_MEMORY",
						"128", "RUNTIME_TIMEOUT", "30", "RUNTIME_PROJECT_ID", "p", "RUNTIME_CODE_ROOT", dir.toString()));
	}

	/**
	 * @param runtimeClasspath what stands in for FunctionGraph's runtime: {@link FgBuiltInMain}
	 * and the runtime's interfaces
	 */
	static Target huaweiBuiltIn(List<String> jvmFlags, String runtimeClasspath, Path dir, Path event) {
		return new JavaMainTarget("fn-spring huawei.zip: FunctionGraph built-in runtime", jvmFlags,
				runtimeClasspath + ":" + dir.resolve("*"), FgBuiltInMain.class.getName(), event);
	}

}
