package io.github.fnspring.contract;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;

import io.github.fnspring.contract.TransportDriver.HttpCall;
import io.github.fnspring.contract.TransportDriver.Reply;

/** Sends events and requests the way the platforms that call a function over HTTP do, over one shared client. */
public final class PlatformHttp {

	private static final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.executor(Executors.newCachedThreadPool())
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private PlatformHttp() {
	}

	public static Reply post(int port, String path, Map<String, String> headers, byte[] body) throws Exception {
		return send(port, "POST", path, headers, body);
	}

	/** Sends an HTTP call with the headers the platform adds to it. */
	public static Reply send(int port, HttpCall call, Map<String, String> platformHeaders) throws Exception {
		Map<String, String> headers = new HashMap<>(call.headers());
		headers.putAll(platformHeaders);
		return send(port, call.method(), call.path(), headers, call.bodyBytes());
	}

	public static Reply send(int port, String method, String path, Map<String, String> headers, byte[] body)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(60))
			.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
		headers.forEach(request::header);
		HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		return new Reply(response.statusCode(), response.headers().map(), response.body());
	}

}
