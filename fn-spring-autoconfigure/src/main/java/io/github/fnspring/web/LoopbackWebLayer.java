package io.github.fnspring.web;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import io.github.fnspring.core.WebLayer;
import io.github.fnspring.event.HttpRequestEvent;

/**
 * A servlet web application's HTTP-trigger events, where its server has a port open (FC's
 * {@code /invoke}, an SCF web function's or a FunctionGraph HTTP function's events): sent to
 * that server over this machine's own network, so that the servlet container serves them
 * exactly as it serves the trigger's HTTP (its filters, Spring Security included, and its
 * error pages), within the event's invocation. A servlet container cannot be entered in
 * process while it runs; Spring Cloud Function's in-process server exists only in event modes.
 */
final class LoopbackWebLayer implements WebLayer {

	/** Headers the JDK's client sets itself, and those of the event's own connection. */
	private static final Set<String> NOT_FORWARDED = Set.of("connection", "content-length", "expect", "host",
			"upgrade", "http2-settings", "keep-alive", "te", "trailer", "transfer-encoding", "proxy-connection");

	/** How long past the invocation's own time the answer is waited for. */
	private static final Duration MARGIN = Duration.ofSeconds(1);

	private final ApplicationContext application;

	private final Environment environment;

	private final ForwardedInvocations forwarded;

	/** Made for the first event: a client costs the start a TLS setup and a selector thread. */
	private volatile @Nullable HttpClient client;

	LoopbackWebLayer(ApplicationContext application, Environment environment, ForwardedInvocations forwarded) {
		this.application = application;
		this.environment = environment;
		this.forwarded = forwarded;
	}

	@Override
	public Optional<FunctionResult> serve(FnContext context, HttpRequestEvent event) throws Exception {
		Duration remaining = context.remainingTime();
		Duration wait = remaining.isNegative() ? MARGIN : remaining.plus(MARGIN);
		HttpRequest.Builder request = HttpRequest.newBuilder(target(event))
			.timeout(wait)
			.method(event.method(), HttpRequest.BodyPublishers.ofByteArray(event.body()));
		event.headers().forEach((name, values) -> {
			if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))
					&& !name.equalsIgnoreCase(ForwardedInvocations.HEADER)) {
				values.forEach((value) -> request.header(name, value));
			}
		});
		String token = this.forwarded.open(context);
		try {
			request.header(ForwardedInvocations.HEADER, token);
			return Optional.of(result(client().send(request.build(), HttpResponse.BodyHandlers.ofByteArray())));
		}
		finally {
			this.forwarded.close(token);
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
						.build();
					this.client = current;
				}
			}
		}
		return current;
	}

	private URI target(HttpRequestEvent event) {
		WebServer server = ((WebServerApplicationContext) this.application).getWebServer();
		if (server == null) {
			throw new IllegalStateException("The application's web server is not running");
		}
		int port = server.getPort();
		String query = event.rawQuery().isEmpty() ? "" : "?" + event.rawQuery();
		String path = event.path().startsWith("/") ? event.path() : "/" + event.path();
		return URI.create("http://" + host() + ":" + port + path + query);
	}

	/** The server's own address when it listens on one only, else loopback. */
	private String host() {
		String address = this.environment.getProperty("server.address");
		if (address == null || address.isBlank()) {
			return InetAddress.getLoopbackAddress().getHostAddress();
		}
		try {
			InetAddress bound = InetAddress.getByName(address);
			if (bound.isAnyLocalAddress()) {
				return InetAddress.getLoopbackAddress().getHostAddress();
			}
			return (bound.getAddress().length == 16) ? "[" + bound.getHostAddress() + "]" : bound.getHostAddress();
		}
		catch (UnknownHostException ex) {
			return InetAddress.getLoopbackAddress().getHostAddress();
		}
	}

	private static FunctionResult result(HttpResponse<byte[]> response) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		@Nullable String contentType = null;
		for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
			String name = header.getKey();
			if (name.equalsIgnoreCase("content-type")) {
				contentType = header.getValue().isEmpty() ? null : header.getValue().get(0);
			}
			else if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.equalsIgnoreCase("date")) {
				headers.put(name, new ArrayList<>(header.getValue()));
			}
		}
		return new FunctionResult(response.statusCode(), headers, response.body(), contentType);
	}

}
