package io.github.fnspring.web;

import java.io.ByteArrayOutputStream;

import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.AbstractServerHttpResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The answer of a reactive application served in process, kept whole for the trigger's envelope. */
final class InMemoryServerHttpResponse extends AbstractServerHttpResponse {

	private final ByteArrayOutputStream body = new ByteArrayOutputStream();

	InMemoryServerHttpResponse() {
		super(DefaultDataBufferFactory.sharedInstance);
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> T getNativeResponse() {
		return (T) this;
	}

	@Override
	protected Mono<Void> writeWithInternal(Publisher<? extends DataBuffer> buffers) {
		return Flux.from(buffers).doOnNext(this::keep).then();
	}

	@Override
	protected Mono<Void> writeAndFlushWithInternal(Publisher<? extends Publisher<? extends DataBuffer>> buffers) {
		return Flux.from(buffers).concatMap(Flux::from).doOnNext(this::keep).then();
	}

	private void keep(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			synchronized (this.body) {
				this.body.writeBytes(bytes);
			}
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

	@Override
	protected void applyStatusCode() {
		// read back with getStatusCode()
	}

	@Override
	protected void applyHeaders() {
		// read back with getHeaders()
	}

	/** Cookies become {@code Set-Cookie} headers, as a server writes them. */
	@Override
	protected void applyCookies() {
		for (ResponseCookie cookie : getCookies().values().stream().flatMap(java.util.List::stream).toList()) {
			getHeaders().add(HttpHeaders.SET_COOKIE, cookie.toString());
		}
	}

	byte[] body() {
		synchronized (this.body) {
			return this.body.toByteArray();
		}
	}

}
