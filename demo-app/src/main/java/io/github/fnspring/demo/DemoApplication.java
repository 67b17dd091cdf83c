package io.github.fnspring.demo;

import java.util.function.Consumer;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import io.github.fnspring.ServerlessFunction;
import io.github.fnspring.event.TimerEvent;

/**
 * Sample functions. Locally, {@code mvn spring-boot:run} serves them on
 * {@code localhost:8080}; the {@code x-fc-function-name} header picks one, and
 * {@code uppercase} answers when none is named.
 */
@SpringBootApplication
public class DemoApplication {

	private static final Logger logger = LoggerFactory.getLogger(DemoApplication.class);

	public static void main(String[] args) {
		SpringApplication.run(DemoApplication.class, args);
	}

	/** String in, String out. */
	@Bean
	@ServerlessFunction
	public Function<String, String> uppercase() {
		return (text) -> text.toUpperCase();
	}

	/** A POJO function: JSON in, JSON out. */
	@Bean
	@ServerlessFunction("order")
	public Function<Order, Receipt> placeOrder() {
		return (order) -> new Receipt(order.orderId(), order.unitPrice().multiply(java.math.BigDecimal.valueOf(order.quantity())),
				"ACCEPTED");
	}

	/** Always fails, to show the error each trigger answers with. */
	@Bean
	@ServerlessFunction
	public Function<String, String> fail() {
		return (text) -> {
			throw new IllegalStateException("Refusing to process '" + text + "'");
		};
	}

	/** A timer trigger, the same on every cloud. */
	@Bean
	@ServerlessFunction
	public Consumer<TimerEvent> tick() {
		return (event) -> logger.info("Timer {} fired at {} with payload '{}'", event.triggerName(), event.time(),
				event.payload());
	}

}
