package io.github.fnspring.test;

/** Sends one invocation through one running transport, as its platform does. */
interface TransportCaller {

	/** Sends an event on the platform's event path. */
	FnTestResponse event(String function, String requestId, byte[] event);

	/** Sends a plain HTTP request, on transports whose platform sends those. */
	FnTestResponse request(String function, String requestId, FnTestRequest request);

}
