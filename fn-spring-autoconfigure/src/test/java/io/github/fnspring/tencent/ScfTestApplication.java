package io.github.fnspring.tencent;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

import io.github.fnspring.FnContext;
import io.github.fnspring.ServerlessFunction;
import io.github.fnspring.event.HttpRequestEvent;
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

}
