package io.github.fnspring.huawei;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.fnspring.runtime.LocalRuntimeApi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FunctionGraph's custom runtime puts the request id in the answer's path: ids that are not
 * URI-safe are answered to their own invocation, and the loop goes on, over real sockets.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FgRuntimeRequestIdTest {

	private LocalRuntimeApi functionGraph;

	private ConfigurableApplicationContext context;

	@BeforeAll
	void start() throws Exception {
		this.functionGraph = new LocalRuntimeApi(FgRuntimeApi.PATHS, FgRuntimeApi::eventHeaders).start("127.0.0.1", 0);
		this.context = new SpringApplicationBuilder(FgTestApplication.class)
			.properties(Map.of("RUNTIME_API_ADDR", "127.0.0.1:" + this.functionGraph.port(), "RUNTIME_FUNC_NAME",
					"uppercase", "spring.main.banner-mode", "off"))
			.run();
	}

	@AfterAll
	void stop() {
		this.context.close();
		this.functionGraph.close();
	}

	@Test
	void hostileRequestIdsAreAnsweredToTheirOwnInvocation() throws Exception {
		String[] ids = { "a b", "%zz", "{id}", "a?b=c", "a#b", "../../v1/runtime/invocation/response/x", "..", ".",
				"a/b", "a%2Fb", "a\\b", "a;b", "a+b" };
		for (String id : ids) {
			LocalRuntimeApi.Answer answer = this.functionGraph
				.submit(id, ("for " + id).getBytes(StandardCharsets.UTF_8), Map.of())
				.answer()
				.get(10, TimeUnit.SECONDS);
			assertThat(answer.success()).as(id).isTrue();
			assertThat(answer.bodyAsString()).as(id).isEqualTo(("for " + id).toUpperCase());
		}
		assertThat(this.functionGraph.refusedAnswers()).isZero();
	}

}
