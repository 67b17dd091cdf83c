package io.github.fnspring.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

import io.github.fnspring.FnContext;
import io.github.fnspring.core.FunctionResult;
import io.github.fnspring.core.InvocationTimeoutException;
import io.github.fnspring.core.WebLayer;
import io.github.fnspring.event.HttpRequestEvent;

/**
 * A servlet web application's HTTP-trigger events, where its server has a port open (FC's
 * {@code /invoke}, an SCF web function's or a FunctionGraph HTTP function's events): sent to
 * that server over this machine's own network, so that the servlet container serves them
 * exactly as it serves the trigger's HTTP (its filters, Spring Security included, and its
 * error pages), within the event's invocation. A servlet container cannot be entered in
 * process while it runs; Spring Cloud Function's in-process server exists only in event modes.
 * The event's client is not this machine: the request reaches the application with an
 * unknown client address and without the event's proxy headers, which anyone who can send
 * an event could have written.
 */
final class LoopbackWebLayer implements WebLayer {

	/**
	 * Headers not sent on: those the JDK's client sets itself or refuses, those of the event's
	 * own connection, the event's proxy headers (the forwarded request must not vouch for a
	 * client), and its accepted encodings (the answer goes back into a JSON envelope as it is).
	 */
	private static final Set<String> NOT_FORWARDED = Set.of("connection", "content-length", "expect", "host",
			"upgrade", "http2-settings", "keep-alive", "te", "trailer", "transfer-encoding", "proxy-connection",
			"forwarded", "x-forwarded-for", "x-forwarded-host", "x-forwarded-port", "x-forwarded-proto",
			"x-forwarded-prefix", "x-real-ip", "accept-encoding", ForwardedInvocations.HEADER);

	/** Headers of the answer that describe the loopback connection, not the application's answer. */
	private static final Set<String> NOT_ANSWERED = Set.of("connection", "content-length", "date", "keep-alive",
			"transfer-encoding");

	/** How long past the invocation's own time the answer is waited for. */
	private static final Duration MARGIN = Duration.ofSeconds(1);

	private final ApplicationContext application;

	private final Environment environment;

	private final ForwardedInvocations forwarded;

	/** Made for the first event: a client costs the start a TLS setup and a selector thread. */
	private volatile @Nullable HttpClient client;

	/** Worked out for the first event: the server's address does not change, and naming it may take a lookup. */
	private volatile @Nullable String host;

	LoopbackWebLayer(ApplicationContext application, Environment environment, ForwardedInvocations forwarded) {
		this.application = application;
		this.environment = environment;
		this.forwarded = forwarded;
	}

	@Override
	public Optional<FunctionResult> serve(FnContext context, HttpRequestEvent event) throws Exception {
		int port = port();
		if (port <= 0) {
			// no server of its own to send to (a test's mock environment): a function serves it
			return Optional.empty();
		}
		Duration remaining = context.remainingTime();
		HttpRequest.Builder request = HttpRequest.newBuilder(target(port, event))
			.timeout(remaining.isNegative() ? MARGIN : remaining.plus(MARGIN))
			.method(event.method(), HttpRequest.BodyPublishers.ofByteArray(event.body()));
		event.headers().forEach((name, values) -> {
			if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
				values.forEach((value) -> header(request, name, value));
			}
		});
		String token = this.forwarded.open(context);
		try {
			request.header(ForwardedInvocations.HEADER, token);
			return Optional.of(result(client().send(request.build(), HttpResponse.BodyHandlers.ofByteArray())));
		}
		catch (HttpTimeoutException ex) {
			// the platform's own timeout answer, not a failure of the application
			throw new InvocationTimeoutException(remaining.isNegative() ? Duration.ZERO : remaining);
		}
		finally {
			this.forwarded.close(token);
		}
	}

	/** A header the JDK's client refuses (a line break, a byte it cannot send) is left out, not the event. */
	private static void header(HttpRequest.Builder request, String name, String value) {
		try {
			request.header(name, value);
		}
		catch (IllegalArgumentException ex) {
			// not a header HTTP/1.1 can carry
		}
	}

	private HttpClient client() {
		HttpClient current = this.client;
		if (current == null) {
			synchronized (this) {
				current = this.client;
				if (current == null) {
					current = HttpClient.newBuilder()
						.version(HttpClient.Version.HTTP_1_1)
						.followRedirects(HttpClient.Redirect.NEVER)
						// never through a proxy: the request and its token stay on this machine
						.proxy(HttpClient.Builder.NO_PROXY)
						.build();
					this.client = current;
				}
			}
		}
		return current;
	}

	private int port() {
		if (!(this.application instanceof WebServerApplicationContext webServerApplication)) {
			return -1;
		}
		WebServer server = webServerApplication.getWebServer();
		return (server != null) ? server.getPort() : -1;
	}

	/** The event's decoded path, encoded again; its query as the event has it. */
	private URI target(int port, HttpRequestEvent event) {
		String query = event.rawQuery().isEmpty() ? "" : "?" + event.rawQuery();
		return URI.create("http://" + host() + ":" + port + event.rawPath() + query);
	}

	private String host() {
		String current = this.host;
		if (current == null) {
			current = serverHost();
			this.host = current;
		}
		return current;
	}

	/** The server's own address when it listens on one only, else loopback. */
	private String serverHost() {
		String address = this.environment.getProperty("server.address");
		InetAddress bound = InetAddress.getLoopbackAddress();
		if (address != null && !address.isBlank()) {
			try {
				InetAddress configured = InetAddress.getByName(address);
				if (!configured.isAnyLocalAddress()) {
					bound = configured;
				}
			}
			catch (UnknownHostException ex) {
				// the server could not have bound it either: loopback
			}
		}
		return (bound instanceof Inet6Address) ? "[" + bound.getHostAddress() + "]" : bound.getHostAddress();
	}

	private static FunctionResult result(HttpResponse<byte[]> response) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		@Nullable String contentType = null;
		for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
			String name = header.getKey();
			if (name.equalsIgnoreCase("content-type")) {
				contentType = header.getValue().isEmpty() ? null : header.getValue().get(0);
			}
			else if (!NOT_ANSWERED.contains(name.toLowerCase(Locale.ROOT))) {
				headers.put(name, new ArrayList<>(header.getValue()));
			}
		}
		return new FunctionResult(response.statusCode(), headers, response.body(), contentType);
	}

}
