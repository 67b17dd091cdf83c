package ${package};

import java.math.BigDecimal;

/** The input of the {@code order} function. */
public record Order(String orderId, String sku, int quantity, BigDecimal unitPrice) {
}
