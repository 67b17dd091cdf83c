package io.github.fnspring.demoweb;

import java.math.BigDecimal;

/** An order placed over HTTP. */
public record Order(String orderId, int quantity, BigDecimal unitPrice) {
}
