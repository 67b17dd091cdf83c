package io.github.fnspring.web;

import java.net.InetSocketAddress;
import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.AbstractServerHttpRequest;
import org.springframework.http.server.reactive.SslInfo;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import reactor.core.publisher.Flux;

/** A request made of an HTTP-trigger event, for a reactive application served in process: its body in memory. */
final class InMemoryServerHttpRequest extends AbstractServerHttpRequest {

	private final byte[] body;

	private final @Nullable InetSocketAddress remoteAddress;

	InMemoryServerHttpRequest(HttpMethod method, URI uri, HttpHeaders headers, byte[] body,
			@Nullable InetSocketAddress remoteAddress) {
		super(method, uri, null, headers);
		this.body = body;
		this.remoteAddress = remoteAddress;
	}

	/** The cookies of the {@code Cookie} headers, as a server parses them. */
	@Override
	protected MultiValueMap<String, HttpCookie> initCookies() {
		MultiValueMap<String, HttpCookie> cookies = new LinkedMultiValueMap<>();
		for (String header : getHeaders().getOrEmpty(HttpHeaders.COOKIE)) {
			for (String pair : header.split(";")) {
				int equals = pair.indexOf('=');
				if (equals > 0) {
					String name = pair.substring(0, equals).trim();
					cookies.add(name, new HttpCookie(name, pair.substring(equals + 1).trim()));
				}
			}
		}
		return cookies;
	}

	@Override
	protected @Nullable SslInfo initSslInfo() {
		return null;
	}

	@Override
	public @Nullable InetSocketAddress getRemoteAddress() {
		return this.remoteAddress;
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> T getNativeRequest() {
		return (T) this;
	}

	@Override
	public Flux<DataBuffer> getBody() {
		return Flux.defer(() -> Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(this.body)));
	}

}
