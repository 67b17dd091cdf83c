package io.github.fnspring.demoweb;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.github.fnspring.FnContext;

/**
 * A plain Spring MVC controller. The injected {@link FnContext} resolves to the request being
 * served: its request id, credentials and deadline come from the platform's headers.
 */
@RestController
public class OrderController {

	private static final Logger logger = LoggerFactory.getLogger(OrderController.class);

	private final FnContext context;

	public OrderController(FnContext context) {
		this.context = context;
	}

	@GetMapping("/hello")
	public Map<String, Object> hello(@RequestParam(defaultValue = "world") String name) {
		logger.info("greeting {}", name);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("greeting", "Hello, " + name);
		answer.put("requestId", this.context.requestId());
		answer.put("platform", this.context.platform());
		answer.put("remainingMillis", this.context.remainingTime().toMillis());
		return answer;
	}

	@PostMapping("/orders")
	@ResponseStatus(HttpStatus.CREATED)
	public Receipt place(@RequestBody Order order) {
		return new Receipt(order.orderId(), order.unitPrice().multiply(BigDecimal.valueOf(order.quantity())),
				this.context.requestId());
	}

	@GetMapping("/orders/{orderId}")
	public Receipt find(@PathVariable String orderId) {
		throw new OrderNotFoundException(orderId);
	}

	@GetMapping("/fail")
	public String fail() {
		throw new IllegalStateException("The database password is hunter2");
	}

}
