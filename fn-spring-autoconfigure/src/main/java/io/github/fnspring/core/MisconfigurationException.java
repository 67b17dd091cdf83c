package io.github.fnspring.core;

/**
 * A configuration fn-spring cannot start with, told as Spring Boot's failure analysis tells
 * it: what is wrong, and what to do about it, in place of a stack trace.
 */
public class MisconfigurationException extends IllegalStateException {

	private final String description;

	private final String action;

	/**
	 * @param description what is wrong
	 * @param action what to do about it
	 */
	public MisconfigurationException(String description, String action) {
		super(description);
		this.description = description;
		this.action = action;
	}

	public MisconfigurationException(String description, String action, Throwable cause) {
		super(description, cause);
		this.description = description;
		this.action = action;
	}

	/** What is wrong. */
	public String description() {
		return this.description;
	}

	/** What to do about it. */
	public String action() {
		return this.action;
	}

}
