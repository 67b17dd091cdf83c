package io.github.fnspring.benchmarks;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Function;

import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.demo.Order;
import io.github.fnspring.demo.Receipt;

/**
 * The cold-start floor: the demo's order function with Jackson and nothing else. Reads one
 * event from stdin, writes the receipt to stdout and exits. Its class path holds only these
 * classes, the demo's and Jackson, so the lambda is the demo's copied: the demo's
 * configuration class needs Spring to load.
 */
public final class FloorMain {

	private FloorMain() {
	}

	public static void main(String[] args) throws IOException {
		Function<Order, Receipt> order = (event) -> new Receipt(event.orderId(),
				event.unitPrice().multiply(BigDecimal.valueOf(event.quantity())), "ACCEPTED");
		JsonMapper mapper = JsonMapper.shared();
		Receipt receipt = order.apply(mapper.readValue(System.in.readAllBytes(), Order.class));
		System.out.println(mapper.writeValueAsString(receipt));
	}

}
