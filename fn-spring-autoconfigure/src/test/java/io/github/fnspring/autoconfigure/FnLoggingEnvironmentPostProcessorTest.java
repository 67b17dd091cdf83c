package io.github.fnspring.autoconfigure;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class FnLoggingEnvironmentPostProcessorTest {

	private final FnLoggingEnvironmentPostProcessor postProcessor = new FnLoggingEnvironmentPostProcessor();

	@Test
	void onFcTheConsolePatternIsFcsRecommendedFormat() {
		MockEnvironment environment = new MockEnvironment().withProperty("FC_FUNCTION_NAME", "f");
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("logging.pattern.console"))
			.startsWith("%d{yyyy-MM-dd'T'HH:mm:ss.SSS,UTC} %X{fnRequestId:-} [%level] %msg");
	}

	@Test
	void aConfiguredPatternWins() {
		MockEnvironment environment = new MockEnvironment().withProperty("FC_FUNCTION_NAME", "f")
			.withProperty("logging.pattern.console", "%msg%n");
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("logging.pattern.console")).isEqualTo("%msg%n");
	}

	@Test
	void locallyTheRequestIdGoesIntoBootsCorrelationPattern() {
		MockEnvironment environment = new MockEnvironment();
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("logging.pattern.console")).isNull();
		assertThat(environment.getProperty("logging.pattern.correlation")).contains("%X{fnRequestId:-}");
	}

}
