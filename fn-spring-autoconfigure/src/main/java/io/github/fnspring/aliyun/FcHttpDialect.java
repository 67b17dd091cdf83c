package io.github.fnspring.aliyun;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

import io.github.fnspring.core.Failure;
import io.github.fnspring.server.HttpDialect;
import io.github.fnspring.server.HttpRoute;
import io.github.fnspring.server.InvocationLog;

/**
 * FC's custom-runtime protocol: {@code POST /invoke} (events, including HTTP-trigger
 * events), {@code POST /initialize}, {@code GET /pre-stop}, FC 2.0's {@code GET /pre-freeze},
 * and any other request as an HTTP-trigger request. FC's {@code x-fc-control-path} header,
 * when sent, decides the route, so an HTTP trigger may use a path such as {@code /invoke}
 * for itself. A failed event answers 404 with {@code x-fc-status: 404}, FC's mark of a
 * failed invocation; a failed initializer or pre-stop call 500; both with FC's error body.
 */
final class FcHttpDialect implements HttpDialect {

	private static final Set<String> CREDENTIAL_HEADERS = Set.of(FcHeaders.ACCESS_KEY_ID, FcHeaders.ACCESS_KEY_SECRET,
			FcHeaders.SECURITY_TOKEN);

	private static final Map<String, List<String>> FAILED_INVOCATION = Map.of(FcHeaders.STATUS, List.of("404"));

	private final FcInvocationLog log = new FcInvocationLog();

	@Override
	public HttpRoute route(String method, String path, UnaryOperator<@Nullable String> header) {
		String controlPath = header.apply(FcHeaders.CONTROL_PATH);
		if ("/http-invoke".equals(controlPath)) {
			return HttpRoute.HTTP;
		}
		String route = (controlPath != null) ? controlPath : path;
		if ("POST".equals(method) && "/invoke".equals(route)) {
			return HttpRoute.EVENT;
		}
		if ("POST".equals(method) && "/initialize".equals(route)) {
			return HttpRoute.INITIALIZE;
		}
		if ("GET".equals(method) && "/pre-stop".equals(route)) {
			return HttpRoute.PRE_STOP;
		}
		if ("GET".equals(method) && "/pre-freeze".equals(route)) {
			return HttpRoute.ACKNOWLEDGE;
		}
		return HttpRoute.HTTP;
	}

	@Override
	public boolean namesItsRoute(UnaryOperator<@Nullable String> header) {
		return header.apply(FcHeaders.CONTROL_PATH) != null;
	}

	@Override
	public Set<String> controlPaths() {
		return Set.of("/invoke", "/initialize", "/pre-stop", "/pre-freeze");
	}

	@Override
	public String eventPath() {
		return "/invoke";
	}

	@Override
	public String initPath() {
		return "/initialize";
	}

	@Override
	public String functionNameHeader() {
		return FcHeaders.FUNCTION_NAME;
	}

	@Override
	public String reservedHeaderPrefix() {
		return FcHeaders.PREFIX;
	}

	@Override
	public Set<String> credentialHeaders() {
		return CREDENTIAL_HEADERS;
	}

	@Override
	public int failureStatus(Failure failure) {
		return 404;
	}

	@Override
	public Map<String, List<String>> failureHeaders(Failure failure) {
		return FAILED_INVOCATION;
	}

	@Override
	public int lifecycleFailureStatus(Failure failure) {
		return 500;
	}

	@Override
	public InvocationLog log() {
		return this.log;
	}

}
