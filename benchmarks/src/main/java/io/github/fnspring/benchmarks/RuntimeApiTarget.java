package io.github.fnspring.benchmarks;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;

import io.github.fnspring.runtime.LocalRuntimeApi;
import io.github.fnspring.runtime.RuntimeApiPaths;
import io.github.fnspring.runtime.RuntimeEventHeaders;

/**
 * A package on a custom runtime that polls a Runtime API (SCF, FunctionGraph): the event
 * waits on a local Runtime API when its start script runs; done when the answer arrives
 * with the receipt.
 */
final class RuntimeApiTarget implements Target {

	private final String name;

	private final Path script;

	private final RuntimeApiPaths paths;

	private final RuntimeEventHeaders eventHeaders;

	private final IntFunction<Map<String, String>> environment;

	/**
	 * @param environment the cloud's environment, given the Runtime API's port
	 */
	RuntimeApiTarget(String name, Path script, RuntimeApiPaths paths,
			RuntimeEventHeaders eventHeaders,
			IntFunction<Map<String, String>> environment) {
		this.name = name;
		this.script = script;
		this.paths = paths;
		this.eventHeaders = eventHeaders;
		this.environment = environment;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public String jvmFlags() {
		return "set by the package";
	}

	@Override
	public Sample run(Path log) throws Exception {
		try (LocalRuntimeApi runtimeApi = new LocalRuntimeApi(this.paths, this.eventHeaders).start("127.0.0.1", 0)) {
			CompletableFuture<Long> answeredAt = runtimeApi.submit(OrderEvent.JSON, Map.of())
				.answer()
				.thenApply((answer) -> {
					if (!answer.success() || !OrderEvent.isReceipt(answer.bodyAsString())) {
						throw new IllegalStateException((answer.success() ? "answered " : "reported an error: ")
								+ answer.bodyAsString());
					}
					return System.nanoTime();
				});
			ProcessBuilder builder = Bootstrap.builder(this.script, this.environment.apply(runtimeApi.port()), log);
			try (TargetProcess process = TargetProcess.start(this.name, builder, log)) {
				return process.await(answeredAt);
			}
		}
	}

}
