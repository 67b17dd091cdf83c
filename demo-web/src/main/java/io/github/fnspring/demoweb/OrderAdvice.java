package io.github.fnspring.demoweb;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The application's own error answers, which fn-spring leaves to Spring MVC. */
@RestControllerAdvice
public class OrderAdvice {

	@ExceptionHandler(OrderNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	public Map<String, String> notFound(OrderNotFoundException ex) {
		return Map.of("error", ex.getMessage());
	}

}
