package io.github.fnspring.demoflux;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The reactive counterpart of the demo's echo: what a request looked like, answered in the ways HTTP allows. */
@RestController
public class FluxEchoController {

	@RequestMapping(path = "/echo/**", method = { RequestMethod.GET, RequestMethod.POST, RequestMethod.PUT })
	public Mono<ResponseEntity<Map<String, Object>>> echo(ServerHttpRequest request,
			@RequestBody(required = false) Mono<byte[]> body) {
		return body.defaultIfEmpty(new byte[0]).map((bytes) -> {
			Map<String, Object> seen = new LinkedHashMap<>();
			seen.put("method", request.getMethod().name());
			seen.put("path", URLDecoder.decode(request.getURI().getRawPath(), StandardCharsets.UTF_8));
			seen.put("query", request.getQueryParams());
			seen.put("contentType", String.valueOf(request.getHeaders().getContentType()));
			seen.put("headerNames", request.getHeaders()
				.headerNames()
				.stream()
				.map((name) -> name.toLowerCase(Locale.ROOT))
				.toList());
			seen.put("body", new String(bytes, StandardCharsets.UTF_8));
			return ResponseEntity.ok()
				.header("X-Multi", "one", "two")
				.header("Set-Cookie", "session=abc; Path=/; HttpOnly", "theme=dark; Path=/")
				.body(seen);
		});
	}

	@GetMapping(path = "/bytes", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
	public Mono<byte[]> bytes() {
		byte[] all = new byte[256];
		for (int i = 0; i < all.length; i++) {
			all[i] = (byte) i;
		}
		return Mono.just(all);
	}

}
