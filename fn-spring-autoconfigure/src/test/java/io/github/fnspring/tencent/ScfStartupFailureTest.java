package io.github.fnspring.tencent;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.runtime.LocalRuntimeApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/** A custom runtime that cannot start says so to SCF at once instead of hanging until the init timeout. */
class ScfStartupFailureTest {

	@Test
	void aFailedStartIsReportedToTheRuntimeApi() throws Exception {
		try (LocalRuntimeApi scf = new LocalRuntimeApi(ScfRuntimeApi.PATHS, (id, headers) -> Map.of()).start("127.0.0.1",
				0)) {
			assertThatException().isThrownBy(() -> new SpringApplicationBuilder(ScfTestApplication.class)
				.properties(Map.of("SCF_RUNTIME_API", "127.0.0.1", "SCF_RUNTIME_API_PORT", scf.port(), "fn.function",
						"missing", "spring.main.banner-mode", "off"))
				.run());
			JsonNode error = JsonMapper.shared().readTree(scf.initError().get(5, TimeUnit.SECONDS));
			assertThat(error.path("errorMessage").asString()).contains("fn.function=missing");
			assertThat(scf.awaitInitReady(Duration.ofMillis(100))).isFalse();
		}
	}

}
