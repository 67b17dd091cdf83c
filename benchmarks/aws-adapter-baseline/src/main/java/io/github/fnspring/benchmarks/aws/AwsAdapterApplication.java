package io.github.fnspring.benchmarks.aws;

import java.math.BigDecimal;
import java.util.function.Function;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import io.github.fnspring.demo.Order;
import io.github.fnspring.demo.Receipt;

/**
 * The demo's {@code order} function as a plain Spring Cloud Function application, for the
 * AWS adapter to run. Its package is outside the demo's, so component scanning sees only
 * this class.
 */
@SpringBootApplication
public class AwsAdapterApplication {

	/** The same lambda as the demo's {@code placeOrder}. */
	@Bean
	public Function<Order, Receipt> order() {
		return (order) -> new Receipt(order.orderId(), order.unitPrice().multiply(BigDecimal.valueOf(order.quantity())),
				"ACCEPTED");
	}

}
