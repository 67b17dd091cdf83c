package io.github.fnspring.demoflux;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.github.fnspring.demoweb.OrderNotFoundException;

/** The application's own error answers, which fn-spring leaves to WebFlux. */
@RestControllerAdvice
public class FluxOrderAdvice {

	@ExceptionHandler(OrderNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	public Map<String, String> notFound(OrderNotFoundException ex) {
		return Map.of("error", ex.getMessage());
	}

}
