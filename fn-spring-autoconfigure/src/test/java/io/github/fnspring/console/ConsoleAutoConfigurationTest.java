package io.github.fnspring.console;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.github.fnspring.server.LocalPages;
import io.github.fnspring.testsupport.TestContexts;
import io.github.fnspring.testsupport.TestContexts.OneFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** The console exists in a local run only: never in a cloud, never in what an AOT build freezes for one. */
class ConsoleAutoConfigurationTest {

	private final ApplicationContextRunner runner = TestContexts.runner()
		.withConfiguration(AutoConfigurations.of(ConsoleAutoConfiguration.class))
		.withUserConfiguration(OneFunction.class)
		.withPropertyValues("fn.server.enabled=false");

	@Test
	void aLocalRunServesTheConsoleAndCapturesLogsWithLogback() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(LocalConsole.class);
			assertThat(context.getBean(LocalPages.class)).isInstanceOf(ConsolePages.class);
			assertThat(context.getBean(LocalConsole.class).capturesLogs()).isTrue();
		});
	}

	@Test
	void aCloudHasNoConsole() {
		this.runner.withPropertyValues("FC_FUNCTION_NAME=uppercase").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(LocalConsole.class).doesNotHaveBean(LocalPages.class);
		});
	}

	@Test
	void anAotBuildHasNoConsole() {
		this.runner.withPropertyValues("spring.aot.processing=true", "fn.vendor=aliyun")
			.run((context) -> assertThat(context).doesNotHaveBean(LocalConsole.class));
	}

	@Test
	void fnConsoleEnabledFalseSwitchesItOff() {
		this.runner.withPropertyValues("fn.console.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(LocalConsole.class));
	}

}
