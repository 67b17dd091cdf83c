package io.github.fnspring.benchmarks;

import java.nio.charset.StandardCharsets;

/** The event every cold-start target is given, and the receipt it must answer with. */
final class OrderEvent {

	static final byte[] JSON = "{\"orderId\":\"o-1\",\"sku\":\"tea\",\"quantity\":3,\"unitPrice\":2.5}"
		.getBytes(StandardCharsets.UTF_8);

	private OrderEvent() {
	}

	/** Whether text is the receipt for {@link #JSON}; a log line echoing the event is not. */
	static boolean isReceipt(String text) {
		return text.contains("\"orderId\":\"o-1\"") && text.contains("\"total\":7.5")
				&& text.contains("\"status\":\"ACCEPTED\"");
	}

}
