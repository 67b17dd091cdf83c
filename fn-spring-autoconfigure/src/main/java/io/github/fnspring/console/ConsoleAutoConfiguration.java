package io.github.fnspring.console;

import java.io.IOException;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import io.github.fnspring.autoconfigure.FnAutoConfiguration;
import io.github.fnspring.autoconfigure.FnProperties;
import io.github.fnspring.core.FunctionInvoker;
import io.github.fnspring.platform.FnTransport;
import io.github.fnspring.platform.PlatformChoice;

/**
 * The local console, in a local run only ({@code fn.console.enabled}, on by default): its
 * page and API on fn-spring's local servers, as their {@link io.github.fnspring.server.LocalPages}.
 */
@AutoConfiguration(after = FnAutoConfiguration.class)
@Conditional(LocalRunCondition.class)
@ConditionalOnBooleanProperty(name = "fn.console.enabled", matchIfMissing = true)
@ConditionalOnBean(FunctionInvoker.class)
public final class ConsoleAutoConfiguration {

	@Bean
	LocalConsole fnLocalConsole(FunctionInvoker invoker, PlatformChoice platformChoice,
			ObjectProvider<FnTransport> transports, FnProperties properties,
			ObjectProvider<InvocationLogCapture> logCapture) {
		return new LocalConsole(invoker, platformChoice, transports, properties.getLocal().getMemoryMb(),
				properties.getLocal().getTimeout(), logCapture.getIfAvailable(), properties.getServer().getMaxThreads());
	}

	@Bean
	ConsolePages fnConsolePages(LocalConsole fnLocalConsole, FnProperties properties) throws IOException {
		return new ConsolePages(fnLocalConsole,
				new SavedTestEvents(Path.of(properties.getConsole().getEventsFile())),
				properties.getConsole().isAllowRemote());
	}

	/** The invocations' log lines, when the application logs with Logback (Spring Boot's default). */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "ch.qos.logback.classic.LoggerContext")
	static class LogbackCapture {

		@Bean(destroyMethod = "detach")
		@Nullable InvocationLogCapture fnConsoleLogCapture() {
			return InvocationLogCapture.attach();
		}

	}

}
