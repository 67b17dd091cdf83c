package io.github.fnspring.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.function.context.catalog.FunctionAroundWrapper;
import org.springframework.cloud.function.context.catalog.SimpleFunctionRegistry.FunctionInvocationWrapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.springframework.messaging.converter.AbstractMessageConverter;
import org.springframework.messaging.converter.MessageConverter;
import org.springframework.util.MimeTypeUtils;

import reactor.core.publisher.Flux;

import io.github.fnspring.ServerlessFunction;
import io.github.fnspring.Vendor;
import io.github.fnspring.core.FunctionInvoker;
import io.github.fnspring.core.FunctionResult;
import io.github.fnspring.core.InvocationContext;
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

		record Order(String id, int quantity) {
		}

		record Receipt(String id, int total) {
		}

		@Bean
		@ServerlessFunction
		Function<Order, Receipt> receipt() {
			return (order) -> new Receipt(order.id(), order.quantity() * 3);
		}

		@Bean
		@ServerlessFunction
		Function<byte[], byte[]> reverse() {
			return (bytes) -> {
				byte[] reversed = new byte[bytes.length];
				for (int i = 0; i < bytes.length; i++) {
					reversed[i] = bytes[bytes.length - 1 - i];
				}
				return reversed;
			};
		}

		@Bean
		@ServerlessFunction
		Function<Map<String, Object>, Receipt> fromMap() {
			return (map) -> new Receipt(String.valueOf(map.get("id")), 1);
		}

		@Bean
		@ServerlessFunction
		Function<String, Object> anything() {
			return (text) -> text;
		}

		@Bean
		@ServerlessFunction
		Function<String, String[]> split() {
			return (text) -> text.split(" ");
		}

	}

	/** A converter of the application's, which the catalog puts before its own. */
	@Configuration(proxyBeanMethods = false)
	static class OwnConverter {

		@Bean
		MessageConverter shoutingConverter() {
			return new AbstractMessageConverter(MimeTypeUtils.TEXT_PLAIN) {

				@Override
				protected boolean supports(Class<?> type) {
					return false;
				}

			};
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
			assertThat(invoker.resolve("receipt").direct()).isNotNull();
			assertThat(invoker.resolve("anything").direct()).as("the catalog writes an Object as JSON").isNull();
			assertThat(invoker.resolve("split").direct()).as("the catalog writes arrays element by element")
				.isNull();
		});
	}

	@Test
	void aConverterOfTheApplicationsKeepsTheWrapper() {
		this.runner.withUserConfiguration(OwnConverter.class)
			.run((context) -> assertThat(context.getBean(FunctionInvoker.class).resolve("shout").direct()).isNull());
	}

	@Test
	void aCallMadeDirectlyAnswersExactlyAsTheCatalogsWrapperDoes() {
		Map<String, byte[]> events = Map.of("shout", "hello".getBytes(StandardCharsets.UTF_8), "receipt",
				"{\"id\":\"o-1\",\"quantity\":2}".getBytes(StandardCharsets.UTF_8), "reverse", new byte[] { 1, 2, 3 },
				"fromMap", "{\"id\":\"m-1\"}".getBytes(StandardCharsets.UTF_8));
		Map<String, FunctionResult> direct = new HashMap<>();
		this.runner.run((context) -> events.forEach((function, event) -> direct.put(function,
				invoke(context.getBean(FunctionInvoker.class), function, event))));
		this.runner.withUserConfiguration(Observed.class).run((context) -> events.forEach((function, event) -> {
			FunctionInvoker wrapped = context.getBean(FunctionInvoker.class);
			assertThat(wrapped.resolve(function).direct()).isNull();
			FunctionResult throughTheWrapper = invoke(wrapped, function, event);
			FunctionResult called = direct.get(function);
			assertThat(called.status()).as(function).isEqualTo(throughTheWrapper.status());
			assertThat(called.headers()).as(function).isEqualTo(throughTheWrapper.headers());
			assertThat(called.contentType()).as(function).isEqualTo(throughTheWrapper.contentType());
			assertThat(called.body()).as(function).isEqualTo(throughTheWrapper.body());
		}));
		assertThat(direct).hasSize(events.size());
	}

	private static FunctionResult invoke(FunctionInvoker invoker, String function, byte[] event) {
		return invoker.invokeEvent(InvocationContext.builder(Vendor.LOCAL).requestId("req-" + function).build(),
				function, event);
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
