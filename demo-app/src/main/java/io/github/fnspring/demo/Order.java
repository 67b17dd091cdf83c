package io.github.fnspring.demo;

import java.math.BigDecimal;

/** An order placed through the {@code order} function. */
public record Order(String orderId, String sku, int quantity, BigDecimal unitPrice) {
}
