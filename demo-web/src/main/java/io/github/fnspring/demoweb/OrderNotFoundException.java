package io.github.fnspring.demoweb;

/** No order has that id. */
public class OrderNotFoundException extends RuntimeException {

	public OrderNotFoundException(String orderId) {
		super("No order " + orderId);
	}

}
