package io.github.fnspring.contract;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.fnspring.FnContext;
import io.github.fnspring.FnCredentials;
import io.github.fnspring.FnHeaders;
import io.github.fnspring.FnInitializer;
import io.github.fnspring.ServerlessFunction;

/**
 * The functions every transport is tested with. The same application runs behind each
 * vendor transport; only the way the test talks to it changes.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class ContractFunctions {

	/** How many invocations the concurrency contract sends at once. */
	public static final int CONCURRENCY = 200;

	static final AtomicInteger consumed = new AtomicInteger();

	static volatile CountDownLatch rendezvous = new CountDownLatch(CONCURRENCY);

	/** An initializer that counts its runs, in this application only. */
	public static final class InitializerRuns implements FnInitializer {

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public void initialize(FnContext context) {
			this.count.incrementAndGet();
		}

	}

	public record Order(String orderId, int quantity, BigDecimal unitPrice) {
	}

	public record Receipt(String orderId, BigDecimal total) {
	}

	/** What a function saw of its context. */
	public record ContextView(String requestId, String accessKeyId, String functionName, String vendor,
			String platform, long remainingMillis, int memoryLimitMb, boolean sameAsHeader) {
	}

	/** Counts how often this application's initializers ran. */
	@Bean
	public InitializerRuns initializerRuns() {
		return new InitializerRuns();
	}

	/** How often this application's initializer ran, as text. */
	@Bean
	@ServerlessFunction
	public Supplier<String> initializations(InitializerRuns runs) {
		return () -> String.valueOf(runs.count.get());
	}

	@Bean
	@ServerlessFunction
	public Function<String, String> uppercase() {
		return String::toUpperCase;
	}

	@Bean
	@ServerlessFunction
	public Function<Order, Receipt> order() {
		return (order) -> new Receipt(order.orderId(), order.unitPrice().multiply(BigDecimal.valueOf(order.quantity())));
	}

	@Bean
	@ServerlessFunction
	public Function<String, String> fail() {
		return (text) -> {
			throw new IllegalArgumentException("contract failure for " + text);
		};
	}

	@Bean
	@ServerlessFunction
	public Consumer<String> consume() {
		return (text) -> consumed.incrementAndGet();
	}

	@Bean
	@ServerlessFunction
	public Supplier<String> supply() {
		return () -> "supplied";
	}

	@Bean
	@ServerlessFunction
	public Function<String, Mono<String>> exclaim() {
		return (text) -> Mono.just(text + "!");
	}

	@Bean
	@ServerlessFunction
	public Function<String, Flux<String>> words() {
		return (text) -> Flux.fromArray(text.split(" "));
	}

	/** Reads the injected context and compares it with the one in the message header. */
	@Bean
	@ServerlessFunction
	public Function<Message<byte[]>, ContextView> context(FnContext context) {
		return (message) -> view(context, message);
	}

	/** Waits until the expected number of invocations are in flight, then reports its context. */
	@Bean
	@ServerlessFunction
	public Function<Message<byte[]>, ContextView> rendezvous(FnContext context) {
		return (message) -> {
			String before = context.requestId();
			rendezvous.countDown();
			try {
				if (!rendezvous.await(30, TimeUnit.SECONDS)) {
					throw new IllegalStateException("fewer invocations than expected ran at once");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			if (!before.equals(context.requestId())) {
				throw new IllegalStateException("context changed during the invocation");
			}
			return view(context, message);
		};
	}

	/** Echoes the body with the status the body asks for. */
	@Bean
	@ServerlessFunction
	public Function<Message<byte[]>, Message<String>> status() {
		return (message) -> {
			String body = new String(message.getPayload(), StandardCharsets.UTF_8);
			return MessageBuilder.withPayload("status " + body).setHeader(FnHeaders.HTTP_STATUS, Integer.parseInt(body.trim()))
				.build();
		};
	}

	private static ContextView view(FnContext context, Message<byte[]> message) {
		FnContext fromHeader = (FnContext) message.getHeaders().get(FnContext.MESSAGE_HEADER);
		return new ContextView(context.requestId(), context.credentials().map(FnCredentials::accessKeyId).orElse(null),
				context.functionName(), context.vendor().name(), context.platform(), context.remainingTime().toMillis(),
				context.memoryLimitMb(), fromHeader != null && fromHeader.requestId().equals(context.requestId()));
	}

	/** Expects {@code parties} invocations to be in flight at once. */
	static void resetRendezvous(int parties) {
		rendezvous = new CountDownLatch(parties);
	}

}
