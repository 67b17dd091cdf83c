package io.github.fnspring.core;

import java.util.Collection;

/** No exported function has the requested name. */
public class UnknownFunctionException extends RuntimeException {

	UnknownFunctionException(String name, Collection<String> candidates) {
		super("No function named '" + name + "' is exported; exported functions: " + candidates);
	}

	UnknownFunctionException(String message) {
		super(message);
	}

}
