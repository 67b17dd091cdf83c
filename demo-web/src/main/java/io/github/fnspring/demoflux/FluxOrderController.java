package io.github.fnspring.demoflux;

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
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import io.github.fnspring.FnContext;
import io.github.fnspring.demoweb.Order;
import io.github.fnspring.demoweb.OrderNotFoundException;
import io.github.fnspring.demoweb.Receipt;

/**
 * The demo's controller, reactive: each answer is made on another thread than the one that
 * took the request, where the injected {@link FnContext} still resolves to that request.
 */
@RestController
public class FluxOrderController {

	private static final Logger logger = LoggerFactory.getLogger(FluxOrderController.class);

	private final FnContext context;

	public FluxOrderController(FnContext context) {
		this.context = context;
	}

	@GetMapping("/hello")
	public Mono<Map<String, Object>> hello(@RequestParam(defaultValue = "world") String name) {
		return Mono.fromCallable(() -> {
			logger.info("greeting {}", name);
			Map<String, Object> answer = new LinkedHashMap<>();
			answer.put("greeting", "Hello, " + name);
			answer.put("requestId", this.context.requestId());
			answer.put("platform", this.context.platform());
			answer.put("remainingMillis", this.context.remainingTime().toMillis());
			return answer;
		}).subscribeOn(Schedulers.boundedElastic());
	}

	@PostMapping("/orders")
	@ResponseStatus(HttpStatus.CREATED)
	public Mono<Receipt> place(@RequestBody Order order) {
		return Mono.fromCallable(() -> new Receipt(order.orderId(),
				order.unitPrice().multiply(BigDecimal.valueOf(order.quantity())), this.context.requestId()))
			.subscribeOn(Schedulers.parallel());
	}

	@GetMapping("/orders/{orderId}")
	public Mono<Receipt> find(@PathVariable String orderId) {
		return Mono.error(new OrderNotFoundException(orderId));
	}

	@GetMapping("/fail")
	public Mono<String> fail() {
		return Mono.<String>error(new IllegalStateException("The database password is hunter2"))
			.subscribeOn(Schedulers.boundedElastic());
	}

}
