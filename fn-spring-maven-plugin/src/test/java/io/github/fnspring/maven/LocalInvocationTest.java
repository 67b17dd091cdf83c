package io.github.fnspring.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.github.fnspring.maven.invokefixture.InvokeFixtureApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The invoke goal's run: a real application in a process of its own, one event through each transport. */
class LocalInvocationTest {

	private final LocalInvocation invocation = new LocalInvocation(Duration.ofMinutes(1), Duration.ofSeconds(60));

	private static List<String> command() {
		return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), InvokeFixtureApplication.class.getName(),
				"--spring.main.banner-mode=off");
	}

	@ParameterizedTest
	@EnumSource(InvokeTarget.class)
	void theAnswerAndTheInvocationsOwnLogLinesComeBack(InvokeTarget target) throws IOException {
		String requestId = "fn-invoke-" + UUID.randomUUID();
		LocalInvocation.Result result = this.invocation.run(command(), Map.of(), target, "uppercase", requestId,
				"hello".getBytes(StandardCharsets.UTF_8));
		assertThat(result.answer().isError()).as(result.answer().bodyAsString()).isFalse();
		assertThat(result.answer().bodyAsString()).isEqualTo("HELLO");
		assertThat(result.invocationLines()).anyMatch((line) -> line.contains("upper-casing 5 characters"))
			.allMatch((line) -> line.contains(requestId));
		assertThat(result.output()).as("the start's lines are not the invocation's").hasSizeGreaterThan(
				result.invocationLines().size());
		assertThat(result.summary()).hasValueSatisfying((summary) -> assertThat(summary)
			.matches("RequestId: " + requestId + ", Memory Size: \\d+ MB, Duration: \\d+\\.\\d\\d ms, "
					+ "Max Memory Used: \\d+ MB, Billed Duration: \\d+ ms"));
	}

	@Test
	void aFailingFunctionIsAnErrorAnswerInTheCloudsShape() throws IOException {
		LocalInvocation.Result result = this.invocation.run(command(), Map.of(), InvokeTarget.FC, "fail",
				"fn-invoke-fail", "boom".getBytes(StandardCharsets.UTF_8));
		assertThat(result.answer().isError()).isTrue();
		assertThat(result.answer().bodyAsString()).contains("\"errorType\":\"java.lang.IllegalStateException\"");
		assertThat(result.invocationLines()).anyMatch((line) -> line.contains("Invocation fn-invoke-fail of function fail"));
		assertThat(result.invocationLines()).as("with its stack trace")
			.anyMatch((line) -> line.startsWith("java.lang.IllegalStateException: Refusing 'boom'"));
	}

	@Test
	void aFailuresStackTraceStaysWithItsLineAndOtherLinesStayOut() {
		List<String> lines = List.of("FC Invoke Start RequestId: r-1", "2026-11-30 ERROR [r-1] failed", "",
				"java.lang.IllegalStateException: no", "\tat a.B.c(B.java:1)", "FC Invoke End RequestId: r-1",
				"FC Invoke Start RequestId: r-2", "2026-11-30 ERROR [r-2] other", "", "java.lang.Error: other",
				"\tat x.Y.z(Y.java:2)");
		assertThat(LocalInvocation.invocationLines(lines, "r-1")).containsExactly("FC Invoke Start RequestId: r-1",
				"2026-11-30 ERROR [r-1] failed", "java.lang.IllegalStateException: no", "\tat a.B.c(B.java:1)",
				"FC Invoke End RequestId: r-1");
	}

	@Test
	void anApplicationThatDoesNotStartIsReportedWithItsOwnWords() {
		assertThatIOException()
			.isThrownBy(() -> this.invocation.run(command(), Map.of("FN_FUNCTION", "nothing-by-that-name"),
					InvokeTarget.FC, null, "fn-invoke-none", new byte[0]))
			.withMessageContaining("before it listened")
			.withMessageContaining("nothing-by-that-name");
	}

	@Test
	void eachCloudsModesAreNamedAndTheBuiltInRuntimeIsExplained() {
		assertThat(InvokeTarget.of("aliyun", null)).isEqualTo(InvokeTarget.FC);
		assertThat(InvokeTarget.of("Tencent", null)).isEqualTo(InvokeTarget.SCF_CUSTOM_RUNTIME);
		assertThat(InvokeTarget.of("tencent", "web")).isEqualTo(InvokeTarget.SCF_WEB_FUNCTION);
		assertThat(InvokeTarget.of("huawei", "http")).isEqualTo(InvokeTarget.FG_HTTP_FUNCTION);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> InvokeTarget.of("huawei", "handler"))
			.withMessageContaining("FnTestClient");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> InvokeTarget.of("azure", null))
			.withMessageContaining("aliyun");
	}

}
