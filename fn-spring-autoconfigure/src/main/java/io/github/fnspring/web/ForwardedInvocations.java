package io.github.fnspring.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import io.github.fnspring.FnContext;
import io.github.fnspring.core.RandomIds;

/**
 * The invocations whose HTTP-trigger events a servlet web application's own server is serving
 * over loopback, while its port is open (FC's {@code /invoke}, an SCF web function's or a
 * FunctionGraph HTTP function's events): the request carries a one-time token in a header, by
 * which it is served within the event's invocation rather than as an invocation of its own.
 * An entry lives only while its event is being served, so the map never outgrows the requests
 * in flight.
 */
final class ForwardedInvocations {

	/** The header that carries the token; hidden from the application. */
	static final String HEADER = "x-fn-forwarded-invocation";

	private final Map<String, FnContext> inFlight = new ConcurrentHashMap<>();

	/** Registers an invocation whose event is about to be forwarded; the token to send with it. */
	String open(FnContext context) {
		// random UUIDs come from a SecureRandom: a client cannot guess a token in flight
		String token = RandomIds.uuid();
		this.inFlight.put(token, context);
		return token;
	}

	/** Forgets an invocation once its forwarded request has been answered, or has failed. */
	void close(String token) {
		this.inFlight.remove(token);
	}

	/**
	 * The invocation a forwarded request belongs to, at most once per token, and only for a
	 * request from this machine; {@code null} for any other request.
	 * @param fromThisMachine whether the request came from a loopback address, or from the
	 * address it was sent to
	 */
	@Nullable FnContext claim(String token, boolean fromThisMachine) {
		return fromThisMachine ? this.inFlight.remove(token) : null;
	}

}
