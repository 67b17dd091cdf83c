package io.github.fnspring.autoconfigure;

import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.function.context.catalog.FunctionAroundWrapper;
import org.springframework.cloud.function.context.catalog.SimpleFunctionRegistry.FunctionInvocationWrapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import reactor.core.publisher.Flux;

import io.github.fnspring.ServerlessFunction;
import io.github.fnspring.core.FunctionInvoker;
import io.github.fnspring.testsupport.TestContexts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which functions the invoker calls itself and which through Spring Cloud Function's wrapper:
 * only plain functions of the application's, and none while something wraps every call.
 */
class DirectCallsTest {

	private final ApplicationContextRunner runner = TestContexts.runner()
		.withPropertyValues("fn.server.enabled=false")
		.withUserConfiguration(Functions.class);

	@Configuration(proxyBeanMethods = false)
	static class Functions {

		@Bean
		@ServerlessFunction
		Function<String, String> shout() {
			return String::toUpperCase;
		}

		@Bean
		@ServerlessFunction
		Function<String, String> whisper() {
			return String::toLowerCase;
		}

		@Bean
		@ServerlessFunction
		Function<Message<String>, String> letter() {
			return Message::getPayload;
		}

		@Bean
		@ServerlessFunction
		Function<Flux<String>, Flux<String>> stream() {
			return (items) -> items;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Observed {

		@Bean
		FunctionAroundWrapper everyCall() {
			return new FunctionAroundWrapper() {

				@Override
				protected Object doApply(Object input, FunctionInvocationWrapper targetFunction) {
					return targetFunction.apply(input);
				}

			};
		}

	}

	@Test
	void aPlainFunctionIsCalledDirectlyAndEverythingTheWrapperDoesWorkForKeepsIt() {
		this.runner.run((context) -> {
			FunctionInvoker invoker = context.getBean(FunctionInvoker.class);
			assertThat(invoker.resolve("shout").direct()).isNotNull();
			assertThat(invoker.resolve("letter").direct()).as("takes a Message").isNull();
			assertThat(invoker.resolve("stream").direct()).as("reactive").isNull();
		});
	}

	@Test
	void aCompositionKeepsTheWrapper() {
		this.runner.withPropertyValues("spring.cloud.function.definition=shout|whisper")
			.run((context) -> assertThat(context.getBean(FunctionInvoker.class).resolve(null).direct()).isNull());
	}

	@Test
	void whileSomethingWrapsEveryCallNothingIsCalledDirectly() {
		this.runner.withUserConfiguration(Observed.class)
			.run((context) -> assertThat(context.getBean(FunctionInvoker.class).resolve("shout").direct()).isNull());
	}

}
