package io.github.fnspring.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.cloud.function.serverless.web.ServerlessHttpServletRequest;
import org.springframework.cloud.function.serverless.web.ServerlessHttpServletResponse;
import org.springframework.cloud.function.serverless.web.ServerlessMVC;
import org.springframework.web.util.UriComponentsBuilder;

import io.github.fnspring.FnContext;
import io.github.fnspring.core.FunctionResult;
import io.github.fnspring.core.WebLayer;
import io.github.fnspring.event.HttpRequestEvent;

/**
 * A servlet web application's filters and controllers, served in process with Spring Cloud
 * Function's serverless-web request and response: an HTTP-trigger event becomes a request,
 * and the answer the application wrote, its status included, goes back in the trigger's
 * envelope. An error status without a body is dispatched to the error page as a servlet
 * container would, so that Spring Boot's error handling answers it.
 */
final class ServletWebLayer implements WebLayer {

	private final ServletWebServerApplicationContext application;

	private volatile @Nullable ServerlessMVC mvc;

	ServletWebLayer(ServletWebServerApplicationContext application) {
		this.application = application;
	}

	@Override
	public Optional<FunctionResult> serve(FnContext context, HttpRequestEvent event) throws Exception {
		return Optional.of(served(event));
	}

	private FunctionResult served(HttpRequestEvent event) throws Exception {
		ServerlessMVC served = mvc();
		ServerlessHttpServletRequest request = request(served, event);
		ServerlessHttpServletResponse response = new ServerlessHttpServletResponse();
		Throwable failure = null;
		try {
			served.service(request, response);
		}
		catch (Exception ex) {
			failure = ex;
		}
		if ((failure != null || response.getStatus() >= 400) && response.getContentAsByteArray().length == 0) {
			int status = (failure != null) ? 500 : response.getStatus();
			ServerlessHttpServletResponse error = new ServerlessHttpServletResponse();
			served.service(errorRequest(served, request, status, failure), error);
			response = error;
		}
		else if (failure != null) {
			throw (failure instanceof Exception exception) ? exception : new IllegalStateException(failure);
		}
		return result(response);
	}

	private ServerlessMVC mvc() {
		ServerlessMVC served = this.mvc;
		if (served == null) {
			served = ServerlessMVC.INSTANCE(this.application);
			this.mvc = served;
		}
		return served;
	}

	private static ServerlessHttpServletRequest request(ServerlessMVC mvc, HttpRequestEvent event) {
		ServerlessHttpServletRequest request = new ServerlessHttpServletRequest(mvc.getServletContext(),
				event.method(), event.rawPath());
		event.headers().forEach((name, values) -> {
			// a forwarding token means nothing in process; the application's first filter refuses one
			if (!name.equalsIgnoreCase(ForwardedInvocations.HEADER)) {
				values.forEach((value) -> request.addHeader(name, value));
			}
		});
		if (!event.rawQuery().isEmpty()) {
			UriComponentsBuilder.newInstance()
				.query(event.rawQuery())
				.build(true)
				.getQueryParams()
				.forEach((name, values) -> request.addParameter(decode(name),
						values.stream().map((value) -> (value != null) ? decode(value) : "").toArray(String[]::new)));
		}
		event.header("content-type").ifPresent(request::setContentType);
		request.setContent(event.body());
		request.setCharacterEncoding(StandardCharsets.UTF_8.name());
		return request;
	}

	/** The error dispatch a servlet container makes for a failed request. */
	private static ServerlessHttpServletRequest errorRequest(ServerlessMVC mvc, ServerlessHttpServletRequest failed,
			int status, @Nullable Throwable failure) {
		ServerlessHttpServletRequest error = new ServerlessHttpServletRequest(mvc.getServletContext(), "GET", "/error");
		error.setDispatcherType(DispatcherType.ERROR);
		error.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
		error.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, failed.getRequestURI());
		error.setAttribute(RequestDispatcher.ERROR_SERVLET_NAME, "dispatcherServlet");
		if (failure != null) {
			error.setAttribute(RequestDispatcher.ERROR_EXCEPTION, failure);
		}
		String accept = failed.getHeader("Accept");
		error.addHeader("Accept", (accept != null) ? accept : "application/json");
		return error;
	}

	private static FunctionResult result(ServerlessHttpServletResponse response) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : response.getHeaderNames()) {
			if (!name.equalsIgnoreCase("Content-Type")) {
				headers.put(name, new ArrayList<>(response.getHeaders(name)));
			}
		}
		return new FunctionResult(response.getStatus(), headers, response.getContentAsByteArray(),
				response.getContentType());
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

}
