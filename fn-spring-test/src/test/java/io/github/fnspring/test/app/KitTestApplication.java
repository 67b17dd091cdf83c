package io.github.fnspring.test.app;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import io.github.fnspring.FnContext;
import io.github.fnspring.ServerlessFunction;
import io.github.fnspring.event.HttpRequestEvent;
import io.github.fnspring.event.HttpResponseEvent;
import io.github.fnspring.event.ObjectStorageEvent;
import io.github.fnspring.event.TimerEvent;
import io.github.fnspring.huawei.DisEvent;
import io.github.fnspring.huawei.KafkaEvent;
import io.github.fnspring.huawei.SmnEvent;
import io.github.fnspring.tencent.CkafkaEvent;
import io.github.fnspring.tencent.CmqTopicEvent;

/** A user's application, as the kit's tests see one: its functions and nothing of the kit. */
@SpringBootApplication
public class KitTestApplication {

	public record Order(String orderId, int quantity, BigDecimal unitPrice) {
	}

	public record Receipt(String orderId, BigDecimal total) {
	}

	/** What a function saw of its invocation. */
	public record Seen(String requestId, String functionName, String accessKeyId, String platform) {
	}

	@Bean
	@ServerlessFunction
	public Function<String, String> uppercase() {
		return String::toUpperCase;
	}

	@Bean
	@ServerlessFunction
	public Function<Order, Receipt> order() {
		return (order) -> new Receipt(order.orderId(),
				order.unitPrice().multiply(BigDecimal.valueOf(order.quantity())));
	}

	@Bean
	@ServerlessFunction
	public Function<String, String> fail() {
		return (text) -> {
			throw new IllegalStateException("Refusing '" + text + "'");
		};
	}

	@Bean
	@ServerlessFunction
	public Function<String, Seen> seen(FnContext context) {
		return (ignored) -> new Seen(context.requestId(), context.functionName(),
				context.credentials().map((credentials) -> credentials.accessKeyId()).orElse(""), context.platform());
	}

	@Bean
	@ServerlessFunction
	public Function<TimerEvent, String> timer() {
		return (event) -> event.triggerName() + ":" + event.payload();
	}

	@Bean
	@ServerlessFunction
	public Function<ObjectStorageEvent, String> storage() {
		return (event) -> event.changes().get(0).bucket() + "/" + event.changes().get(0).key();
	}

	@Bean
	@ServerlessFunction
	public Function<HttpRequestEvent, HttpResponseEvent> web() {
		return (request) -> HttpResponseEvent.of(200, request.method() + " " + request.path() + " " + request.bodyAsString())
			.withHeader("X-Page", request.queryParameter("page").orElse(""));
	}

	@Bean
	@ServerlessFunction
	public Function<CkafkaEvent, String> ckafka() {
		return (event) -> event.records().get(0).body();
	}

	@Bean
	@ServerlessFunction
	public Function<CmqTopicEvent, String> cmq() {
		return (event) -> event.records().get(0).body();
	}

	@Bean
	@ServerlessFunction
	public Function<SmnEvent, String> smn() {
		return (event) -> event.records().get(0).message();
	}

	@Bean
	@ServerlessFunction
	public Function<DisEvent, String> dis() {
		return (event) -> new String(event.records().get(0).data(), StandardCharsets.UTF_8);
	}

	@Bean
	@ServerlessFunction
	public Function<KafkaEvent, String> kafka() {
		return (event) -> event.records().get(0).messages().get(0);
	}

	/** Sleeps as long as the event says, in milliseconds; records whether it was interrupted. */
	@Bean
	@ServerlessFunction
	public Function<String, String> slow() {
		return (millis) -> {
			try {
				Thread.sleep(Long.parseLong(millis.trim()));
				return "awake";
			}
			catch (InterruptedException ex) {
				INTERRUPTED.countDown();
				Thread.currentThread().interrupt();
				return "interrupted";
			}
		};
	}

	/** Counts down when {@link #slow()} is interrupted. */
	public static volatile CountDownLatch INTERRUPTED = new CountDownLatch(1);

	@Bean
	@ServerlessFunction
	public Consumer<String> sink() {
		return (text) -> {
		};
	}

}
