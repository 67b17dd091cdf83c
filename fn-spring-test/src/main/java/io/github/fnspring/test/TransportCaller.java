package io.github.fnspring.test;

/** Sends one invocation through one running transport, as its platform does. */
interface TransportCaller {

	/** Sends an event on the platform's event path. */
	FnTestResponse event(FnTestInvocation.Invocation invocation);

	/**
	 * Calls the platform's initializer, as it does once before an instance's first invocation,
	 * on transports whose platform makes that call.
	 */
	FnTestResponse initialize(String requestId);

	/** Sends a plain HTTP request, on transports whose platform sends those. */
	FnTestResponse request(String function, FnTestRequest request);

}
