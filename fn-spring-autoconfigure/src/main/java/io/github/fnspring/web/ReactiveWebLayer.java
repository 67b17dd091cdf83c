package io.github.fnspring.web;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.HttpHandler;

import io.github.fnspring.FnContext;
import io.github.fnspring.core.FunctionResult;
import io.github.fnspring.core.WebLayer;
import io.github.fnspring.event.HttpRequestEvent;

/**
 * A reactive web application's whole HTTP handling (WebFlux's, its error handling included),
 * served in process: an HTTP-trigger event becomes an in-memory request, and the answer the
 * application wrote goes back in the trigger's envelope, whether or not the application's
 * server has a port open. The caller (a Runtime API loop, the built-in runtime's thread, a
 * protocol handler's worker) waits for the answer within the invocation's time.
 */
final class ReactiveWebLayer implements WebLayer {

	/** How long past the invocation's own time the answer is waited for. */
	private static final Duration MARGIN = Duration.ofSeconds(1);

	private final ApplicationContext application;

	private volatile @Nullable HttpHandler handler;

	ReactiveWebLayer(ApplicationContext application) {
		this.application = application;
	}

	@Override
	public Optional<FunctionResult> serve(FnContext context, HttpRequestEvent event) {
		HttpHeaders headers = new HttpHeaders();
		event.headers().forEach(headers::addAll);
		// a forwarding token means nothing in process; the server's first handler refuses one
		headers.remove(ForwardedInvocations.HEADER);
		String target = event.rawPath() + (event.rawQuery().isEmpty() ? "" : "?" + event.rawQuery());
		InMemoryServerHttpRequest request = new InMemoryServerHttpRequest(HttpMethod.valueOf(event.method()),
				URI.create("http://localhost" + target), headers, event.body(), null);
		InMemoryServerHttpResponse response = new InMemoryServerHttpResponse();
		Duration wait = context.remainingTime().plus(MARGIN);
		handler().handle(request, response).block(wait.isNegative() ? MARGIN : wait);
		HttpStatusCode status = response.getStatusCode();
		Map<String, List<String>> answered = new LinkedHashMap<>();
		response.getHeaders().forEach((name, values) -> {
			if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
				answered.put(name, new ArrayList<>(values));
			}
		});
		String contentType = response.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
		return Optional.of(new FunctionResult((status != null) ? status.value() : 200, answered, response.body(),
				contentType));
	}

	private HttpHandler handler() {
		HttpHandler current = this.handler;
		if (current == null) {
			current = this.application.getBean(HttpHandler.class);
			this.handler = current;
		}
		return current;
	}

}
