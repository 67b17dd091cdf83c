package io.github.fnspring.demoweb;

import java.math.BigDecimal;

/** What placing an order answers, with the invocation that placed it. */
public record Receipt(String orderId, BigDecimal total, String requestId) {
}
