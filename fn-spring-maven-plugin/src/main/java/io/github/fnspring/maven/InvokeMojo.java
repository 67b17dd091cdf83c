package io.github.fnspring.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Invokes a function of the project once, locally, through a chosen cloud's transport, and
 * prints that invocation's log lines and the answer exactly as the cloud's platform would get
 * it:
 *
 * <pre>
 * mvn fn:invoke -Dfn.invoke.vendor=tencent -Dfn.invoke.function=order -Dfn.invoke.event=order.json
 * </pre>
 *
 * The application starts in a process of its own on a free loopback port, takes the one
 * event, and stops as a platform stops an instance.
 */
@Mojo(name = "invoke", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class InvokeMojo extends AbstractMojo {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

	/** How long past the function's timeout the answer is awaited: the platform answers a late one itself. */
	private static final Duration ANSWER_MARGIN = Duration.ofSeconds(30);

	@Parameter(defaultValue = "${project}", readonly = true, required = true)
	private MavenProject project;

	/** The cloud whose transport carries the event: {@code aliyun}, {@code tencent} or {@code huawei}. */
	@Parameter(property = "fn.invoke.vendor", defaultValue = "aliyun")
	private String vendor;

	/**
	 * For SCF, {@code runtime} (the default: its custom runtime) or {@code web} (web and image
	 * functions); for FunctionGraph, {@code runtime} (the default) or {@code http}.
	 */
	@Parameter(property = "fn.invoke.mode")
	private String mode;

	/** The exported function; the application's default one when not set. */
	@Parameter(property = "fn.invoke.function")
	private String function;

	/** A file holding the event, such as a cloud's sample event. */
	@Parameter(property = "fn.invoke.event")
	private File event;

	/** The event itself, instead of a file. */
	@Parameter(property = "fn.invoke.data")
	private String data;

	/** The function's timeout; an invocation that outlives it is answered as its cloud answers one. */
	@Parameter(property = "fn.invoke.timeoutSeconds", defaultValue = "60")
	private int timeoutSeconds;

	/** Whether an error answer fails the build, for scripts; by default it is only printed. */
	@Parameter(property = "fn.invoke.failOnError", defaultValue = "false")
	private boolean failOnError;

	/** The application's main class; the project's only {@code @SpringBootApplication} when not set. */
	@Parameter(property = "fn.mainClass", defaultValue = "${start-class}")
	private String mainClass;

	@Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true)
	private File classesDirectory;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		InvokeTarget target;
		try {
			target = InvokeTarget.of(this.vendor, this.mode);
		}
		catch (IllegalArgumentException ex) {
			throw new MojoFailureException(ex.getMessage(), ex);
		}
		String requestId = "fn-invoke-" + UUID.randomUUID();
		Duration timeout = Duration.ofSeconds(Math.max(1, this.timeoutSeconds));
		LocalInvocation.Result result;
		try {
			byte[] body = event();
			getLog().info("Invoking " + ((this.function != null) ? this.function : "the default function")
					+ " through " + target + ", request " + requestId);
			result = new LocalInvocation(START_TIMEOUT, timeout.plus(ANSWER_MARGIN)).run(command(),
					Map.of("FN_LOCAL_TIMEOUT", timeout.toSeconds() + "s"), target, this.function, requestId, body);
		}
		catch (IOException | DependencyResolutionRequiredException ex) {
			throw new MojoExecutionException("Could not invoke the application: " + ex.getMessage(), ex);
		}
		catch (IllegalStateException ex) {
			throw new MojoFailureException(ex.getMessage(), ex);
		}
		print(result);
		if (this.failOnError && result.answer().isError()) {
			throw new MojoFailureException("The invocation failed with status " + result.answer().status());
		}
	}

	private byte[] event() throws IOException, MojoFailureException {
		if (this.event != null && this.data != null) {
			throw new MojoFailureException("Give the event as fn.invoke.event (a file) or fn.invoke.data, not both");
		}
		if (this.event != null) {
			Path file = this.event.toPath();
			if (!Files.isRegularFile(file)) {
				throw new MojoFailureException("fn.invoke.event names no file: " + file.toAbsolutePath());
			}
			return Files.readAllBytes(file);
		}
		return (this.data != null) ? this.data.getBytes(StandardCharsets.UTF_8) : new byte[0];
	}

	private List<String> command() throws IOException, DependencyResolutionRequiredException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add(ClassPathArgumentFile.write(
				Path.of(this.project.getBuild().getDirectory(), "fn-invoke", "classpath.args"),
				this.project.getRuntimeClasspathElements()));
		command.add(ApplicationClass.of(this.mainClass, this.classesDirectory.toPath()));
		command.add("--spring.main.banner-mode=off");
		return command;
	}

	private void print(LocalInvocation.Result result) {
		if (result.invocationLines().isEmpty()) {
			getLog().info("The invocation wrote no log lines");
		}
		else {
			getLog().info("Log lines of the invocation:");
			result.invocationLines().forEach((line) -> getLog().info("  " + line));
		}
		LocalInvocation.Answer answer = result.answer();
		getLog().info((answer.isError() ? "Error answer" : "Answer") + " (status " + answer.status() + "):");
		answer.bodyAsString().lines().forEach((line) -> getLog().info("  " + line));
		if (answer.body().length == 0) {
			getLog().info("  (no body)");
		}
		result.summary().ifPresent((summary) -> getLog().info("Summary: " + summary));
	}

}
