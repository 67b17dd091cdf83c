package ${package};

import java.math.BigDecimal;

/** The output of the {@code order} function. */
public record Receipt(String orderId, BigDecimal total, String status) {
}
