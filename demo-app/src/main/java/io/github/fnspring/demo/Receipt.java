package io.github.fnspring.demo;

import java.math.BigDecimal;

/** The {@code order} function's answer. */
public record Receipt(String orderId, BigDecimal total, String status) {
}
