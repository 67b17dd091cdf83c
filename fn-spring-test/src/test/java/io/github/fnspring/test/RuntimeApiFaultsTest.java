package io.github.fnspring.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.fnspring.core.ProcessExit;
import io.github.fnspring.runtime.LocalRuntimeApi;
import io.github.fnspring.runtime.RuntimeApiLimits;
import io.github.fnspring.runtime.RuntimeApiLoop;
import io.github.fnspring.runtime.RuntimeApiPaths;
import io.github.fnspring.runtime.RuntimeEventHandler;
import io.github.fnspring.runtime.RuntimeOutcome;
import io.github.fnspring.tencent.ScfRuntimeApi;
import io.github.fnspring.test.app.KitTestApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** A custom runtime's loop behind a Runtime API with hiccups loses nothing and answers each event once. */
class RuntimeApiFaultsTest {

	private static final RuntimeApiPaths PATHS = new RuntimeApiPaths("/next", "/response/{requestId}",
			"/error/{requestId}", "/ready", "/init-error", "request-id");

	private static final RuntimeEventHandler UPPERCASE = (event) -> new RuntimeOutcome(event.header("request-id"), true,
			new String(event.body(), StandardCharsets.UTF_8).toUpperCase().getBytes(StandardCharsets.UTF_8));

	/** A test must not end the JVM: a loop that dies shows in the answers it no longer gives. */
	private static final ProcessExit NEVER_EXIT = new ProcessExit() {

		@Override
		public void exit(int status) {
		}

		@Override
		public void halt(int status) {
		}

	};

	private final List<AutoCloseable> resources = new ArrayList<>();

	@AfterEach
	void close() throws Exception {
		// loops first, then what they poll, as on a platform that outlives its instances
		for (int i = this.resources.size() - 1; i >= 0; i--) {
			this.resources.get(i).close();
		}
	}

	private LocalRuntimeApi runtimeApi(RuntimeApiPaths paths, int memoryMb) throws Exception {
		LocalRuntimeApi api = new LocalRuntimeApi(paths, (paths == PATHS)
				? (requestId, headers) -> Map.of("request-id", requestId)
				: (requestId, submitted) -> ScfRuntimeApi.eventHeaders(requestId, submitted, memoryMb, 3000))
			.start("127.0.0.1", 0);
		this.resources.add(api);
		return api;
	}

	private RuntimeApiFaults faultsInFrontOf(LocalRuntimeApi api, RuntimeApiPaths paths) throws Exception {
		RuntimeApiFaults faults = RuntimeApiFaults.inFrontOf(api.baseUri(), paths);
		this.resources.add(faults);
		return faults;
	}

	private void loop(RuntimeApiFaults faults) {
		RuntimeApiLoop loop = new RuntimeApiLoop(faults.baseUri(), PATHS, UPPERCASE,
				new RuntimeApiLimits(Duration.ofSeconds(10), Duration.ofMinutes(2), Duration.ofSeconds(30)),
				NEVER_EXIT);
		loop.start();
		this.resources.add(loop::stop);
	}

	private static String answer(LocalRuntimeApi api, String event, Map<String, String> headers) throws Exception {
		LocalRuntimeApi.Answer answer = api.submit(event.getBytes(StandardCharsets.UTF_8), headers)
			.answer()
			.get(30, TimeUnit.SECONDS);
		return (answer.success() ? "ok:" : "error:") + answer.bodyAsString();
	}

	@Test
	void pollsThatFailWith5xxAreRetried() throws Exception {
		LocalRuntimeApi api = runtimeApi(PATHS, 0);
		RuntimeApiFaults faults = faultsInFrontOf(api, PATHS);
		faults.failNextPolls(3, 503);
		loop(faults);
		assertThat(answer(api, "after-503", Map.of())).isEqualTo("ok:AFTER-503");
	}

	@Test
	void pollsWhoseConnectionIsDroppedAreRetried() throws Exception {
		LocalRuntimeApi api = runtimeApi(PATHS, 0);
		RuntimeApiFaults faults = faultsInFrontOf(api, PATHS);
		faults.failNextPolls(3, 0);
		loop(faults);
		assertThat(answer(api, "after-drop", Map.of())).isEqualTo("ok:AFTER-DROP");
	}

	@Test
	void answersThatFailAreRetriedAndTakenOnce() throws Exception {
		LocalRuntimeApi api = runtimeApi(PATHS, 0);
		RuntimeApiFaults faults = faultsInFrontOf(api, PATHS);
		loop(faults);
		faults.failNextAnswers(3);
		assertThat(answer(api, "retried", Map.of())).isEqualTo("ok:RETRIED");
		assertThat(answer(api, "next", Map.of())).isEqualTo("ok:NEXT");
		assertThat(api.refusedAnswers()).isZero();
	}

	@Test
	void anScfCustomRuntimeLosesNothingToRuntimeApiFaults() throws Exception {
		LocalRuntimeApi scf = runtimeApi(ScfRuntimeApi.PATHS, 512);
		RuntimeApiFaults faults = faultsInFrontOf(scf, ScfRuntimeApi.PATHS);
		ConfigurableApplicationContext application = new SpringApplicationBuilder(KitTestApplication.class)
			.properties(Map.of("SCF_RUNTIME_API", "127.0.0.1", "SCF_RUNTIME_API_PORT", faults.port(),
					"SCF_FUNCTIONNAME", "uppercase", "spring.main.banner-mode", "off"))
			.run();
		this.resources.add(application::close);
		Map<String, String> uppercase = Map.of(LocalRuntimeApi.FUNCTION_HEADER, "uppercase");
		faults.failNextAnswers(2);
		assertThat(answer(scf, "first", uppercase)).isEqualTo("ok:FIRST");
		faults.failNextPolls(2, 502);
		assertThat(answer(scf, "second", uppercase)).isEqualTo("ok:SECOND");
		assertThat(scf.refusedAnswers()).isZero();
	}

}
