package io.github.fnspring.core;

import org.springframework.cloud.function.context.FunctionCatalog;

/**
 * Spring Cloud Function's catalog as the invoker reaches it: made when the first function is
 * looked up, so that an application that serves none (a web application's controllers only)
 * never pays for it.
 */
public interface CatalogAccess {

	FunctionCatalog catalog();

	/**
	 * Whether a plain function of the application's may be called without the catalog's
	 * wrapper: not when something wraps every call the catalog makes (Spring Cloud Function's
	 * observation of each invocation).
	 */
	boolean allowsDirectCalls();

}
