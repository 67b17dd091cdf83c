package io.github.fnspring.tencent;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

import io.github.fnspring.FnContext;
import io.github.fnspring.ServerlessFunction;
import io.github.fnspring.FnCredentials;
import io.github.fnspring.event.HttpRequestEvent;
import io.github.fnspring.event.HttpResponseEvent;
import io.github.fnspring.event.ObjectStorageEvent;
import io.github.fnspring.event.TimerEvent;

/** Functions for SCF-specific tests; they record what they received. */
@SpringBootConfiguration
@EnableAutoConfiguration
class ScfTestApplication {

	static final AtomicReference<Object> received = new AtomicReference<>();

	record Order(String orderId, int quantity) {
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
	Consumer<CkafkaEvent> kafka() {
		return received::set;
	}

	@Bean
	@ServerlessFunction
	Function<HttpRequestEvent, String> request(FnContext context) {
		return (request) -> request.method() + " " + request.path() + " in " + context.functionName();
	}

	/** Echoes what a function URL or API Gateway request carried, answering 201 with a header. */
	@Bean
	@ServerlessFunction
	Function<HttpRequestEvent, HttpResponseEvent> url() {
		return (request) -> HttpResponseEvent
			.of(201, request.method() + " " + request.path() + "?" + request.rawQuery() + " lang="
					+ request.queryParameter("lang").orElse("") + " type=" + request.header("content-type").orElse("")
					+ " remote=" + request.header("x-scf-remote-addr").orElse("") + " body=" + request.bodyAsString())
			.withHeader("x-echo", "yes")
			.withHeader("Set-Cookie", "a=1")
			.withHeader("Set-Cookie", "b=2");
	}

	/** The top-level keys of a JSON event, to show it reached the function as it was. */
	@Bean
	@ServerlessFunction
	Function<Map<String, Object>, List<String>> keys() {
		return (event) -> List.copyOf(new TreeMap<>(event).keySet());
	}

	/** What the invocation's context holds; the secret itself stays out of the answer. */
	@Bean
	@ServerlessFunction
	Function<String, Map<String, Object>> whoami(FnContext context) {
		return (text) -> {
			FnCredentials credentials = context.credentials().orElse(null);
			return Map.of("secretId", (credentials != null) ? credentials.accessKeyId() : "none", "secretKeyLength",
					(credentials != null) ? credentials.accessKeySecret().length() : -1, "token",
					(credentials != null) ? credentials.securityTokenIfPresent().orElse("none") : "none",
					"triggerSource", context.triggerSource().orElse("none"));
		};
	}

	@Bean
	@ServerlessFunction
	Function<String, String> fail() {
		return (text) -> {
			throw new IllegalStateException("boom-" + text);
		};
	}

}
