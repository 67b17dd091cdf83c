package io.github.fnspring.testsupport;

import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import io.github.fnspring.ServerlessFunction;
import io.github.fnspring.core.ProcessExit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** No application a test starts can end the test JVM. */
class NoProcessExitInTestsTest {

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class OneFunctionApplication {

		@Bean
		@ServerlessFunction
		Function<String, String> uppercase() {
			return String::toUpperCase;
		}

	}

	@Test
	void applicationsStartedByTestsGetAProcessExitThatRefuses() {
		try (ConfigurableApplicationContext context = TestApplications.start(OneFunctionApplication.class,
				"fn.server.enabled=false")) {
			ProcessExit exit = context.getBean(ProcessExit.class);
			assertThat(exit).isNotSameAs(ProcessExit.JVM);
			assertThatIllegalStateException().isThrownBy(() -> exit.exit(1)).withMessageContaining("status 1");
			assertThatIllegalStateException().isThrownBy(() -> exit.halt(0)).withMessageContaining("halt");
		}
	}

}
