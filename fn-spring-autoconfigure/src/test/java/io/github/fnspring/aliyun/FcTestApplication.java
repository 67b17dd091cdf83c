package io.github.fnspring.aliyun;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;

import com.aliyun.fc.runtime.Context;

import io.github.fnspring.FnContext;
import io.github.fnspring.FnCredentials;
import io.github.fnspring.FnCredentialsProvider;
import io.github.fnspring.FnHeaders;
import io.github.fnspring.FnInitializer;
import io.github.fnspring.FnPreStopHandler;
import io.github.fnspring.ServerlessFunction;
import io.github.fnspring.event.HttpRequestEvent;
import io.github.fnspring.event.HttpResponseEvent;
import io.github.fnspring.event.ObjectStorageEvent;
import io.github.fnspring.event.TimerEvent;

/** Functions for FC-specific protocol tests; they record what they received. */
@SpringBootConfiguration
@EnableAutoConfiguration
class FcTestApplication {

	static final AtomicReference<Object> received = new AtomicReference<>();

	static final AtomicInteger preStopped = new AtomicInteger();

	record Order(String orderId, int quantity) {
	}

	@ResponseStatus(code = HttpStatus.CONFLICT, reason = "order already placed")
	static class ConflictException extends RuntimeException {

	}

	@Bean
	@ServerlessFunction
	Function<String, String> uppercase() {
		return String::toUpperCase;
	}

	@Bean
	@ServerlessFunction
	Function<Order, Order> order() {
		return (order) -> new Order(order.orderId(), order.quantity() + 1);
	}

	@Bean
	@ServerlessFunction
	Function<String, Flux<Order>> split() {
		return (ids) -> Flux.fromArray(ids.split(",")).map((id) -> new Order(id, 1));
	}

	@Bean
	@ServerlessFunction
	Function<HttpRequestEvent, HttpResponseEvent> create() {
		return (request) -> HttpResponseEvent.of(201, "created " + request.bodyAsString())
			.withHeader("Location", "/orders/1")
			.withHeader("Content-Type", "text/plain");
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
	Function<String, String> fail() {
		return (text) -> {
			throw new IllegalStateException("failed with secret-" + text);
		};
	}

	@Bean
	@ServerlessFunction
	Function<String, String> overflow() {
		return (text) -> {
			throw new StackOverflowError("recursed too deep");
		};
	}

	@Bean
	@ServerlessFunction
	Function<String, String> conflict() {
		return (text) -> {
			throw new ConflictException();
		};
	}

	@Bean
	@ServerlessFunction
	Function<String, String> reject() {
		return (text) -> {
			throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_ENTITY, "cannot use " + text);
		};
	}

	@Bean
	@ServerlessFunction
	Consumer<TimerEvent> timer() {
		return received::set;
	}

	@Bean
	@ServerlessFunction
	Consumer<ObjectStorageEvent> storage() {
		return received::set;
	}

	@Bean
	@ServerlessFunction
	Function<HttpRequestEvent, String> request() {
		return (request) -> {
			received.set(request);
			return request.method() + " " + request.path();
		};
	}

	@Bean
	@ServerlessFunction
	Function<Message<byte[]>, Message<String>> echo() {
		return (message) -> MessageBuilder.withPayload(message.getHeaders().get(FnHeaders.HTTP_METHOD) + " "
				+ message.getHeaders().get(FnHeaders.HTTP_PATH) + "?" + message.getHeaders().get(FnHeaders.HTTP_QUERY))
			.setHeader(FnHeaders.HTTP_STATUS, 202)
			.setHeader("x-answer", "42")
			.setHeader("x-fc-status", "404")
			.build();
	}

	@Bean
	@ServerlessFunction
	Function<String, Map<String, Object>> sdk(FnContext context) {
		return (text) -> {
			Context sdk = context.unwrap(Context.class).orElseThrow();
			return Map.of("requestId", sdk.getRequestId(), "accessKeyId", sdk.getExecutionCredentials().getAccessKeyId(),
					"memory", sdk.getFunctionParam().getMemoryLimitInMB(), "timeoutMillis",
					sdk.getFunctionParam().getExecTimeLimitInMillis(), "qualifier", sdk.getService().getQualifier(),
					"retryCount", sdk.getRetryCount());
		};
	}

	/** The names of the request headers the function sees, sorted. */
	@Bean
	@ServerlessFunction
	Function<HttpRequestEvent, String> headerNames() {
		return (request) -> String.join(",", new java.util.TreeSet<>(request.headers().keySet()));
	}

	/** Any JSON object event, answered as it came. */
	@Bean
	@ServerlessFunction
	Function<Map<String, Object>, Map<String, Object>> json() {
		return (event) -> event;
	}

	/** The access key id the application's credentials provider gives during an invocation. */
	@Bean
	@ServerlessFunction
	Function<String, String> freshest(FnCredentialsProvider credentials) {
		return (text) -> credentials.credentials().map(FnCredentials::accessKeyId).orElse("none");
	}

	/** Lets {@code freshestLater} go on. */
	static volatile CountDownLatch later = new CountDownLatch(1);

	/** Counted down when {@code freshestLater} has started. */
	static volatile CountDownLatch laterStarted = new CountDownLatch(1);

	/** As {@code freshest}, once the test lets it go on: newer invocations may have come meanwhile. */
	@Bean
	@ServerlessFunction
	Function<String, String> freshestLater(FnCredentialsProvider credentials) {
		return (text) -> {
			laterStarted.countDown();
			try {
				later.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return credentials.credentials().map(FnCredentials::accessKeyId).orElse("none");
		};
	}

	/** What the invocation's context says about time, retries and the trigger. */
	@Bean
	@ServerlessFunction
	Function<String, Map<String, Object>> whoami(FnContext context) {
		return (text) -> Map.of("requestId", context.requestId(), "remainingMillis", context.remainingTime().toMillis(),
				"timeoutMillis", context.timeout().toMillis(), "retryCount", context.retryCount().orElse(-1),
				"triggerSource", context.triggerSource().orElse("none"), "invocationType",
				context.invocationType().orElse("none"), "functionName", context.functionName());
	}

	@Bean
	CountingInitializer countingInitializer() {
		return new CountingInitializer();
	}

	/** Counts its own runs, so each application instance is counted separately. */
	static class CountingInitializer implements FnInitializer {

		final AtomicInteger runs = new AtomicInteger();

		@Override
		public void initialize(FnContext context) {
			this.runs.incrementAndGet();
		}

	}

	@Bean
	FnPreStopHandler countingPreStop() {
		return (context) -> {
			preStopped.incrementAndGet();
			org.slf4j.LoggerFactory.getLogger(FcTestApplication.class).info("pre-stop hook ran for {}", context.requestId());
		};
	}

}
