package io.github.fnspring.demoweb;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/** Says what a request looked like when it reached the controller, and answers in the ways HTTP allows. */
@RestController
public class EchoController {

	@RequestMapping(path = "/echo/**", method = { RequestMethod.GET, RequestMethod.POST, RequestMethod.PUT })
	public ResponseEntity<Map<String, Object>> echo(HttpServletRequest request,
			@RequestBody(required = false) byte[] body) {
		Map<String, Object> seen = new LinkedHashMap<>();
		seen.put("method", request.getMethod());
		seen.put("path", URLDecoder.decode(request.getRequestURI(), StandardCharsets.UTF_8));
		seen.put("query", request.getParameterMap());
		seen.put("contentType", request.getContentType());
		seen.put("headerNames", Collections.list(request.getHeaderNames())
			.stream()
			.map((name) -> name.toLowerCase(Locale.ROOT))
			.toList());
		seen.put("body", (body != null) ? new String(body, StandardCharsets.UTF_8) : "");
		seen.put("remoteAddress", request.getRemoteAddr());
		return ResponseEntity.ok()
			.header("X-Multi", "one", "two")
			.header("Set-Cookie", "session=abc; Path=/; HttpOnly", "theme=dark; Path=/")
			.body(seen);
	}

	/** Every byte value once: a body that is no text. */
	@GetMapping(path = "/bytes", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
	public byte[] bytes() {
		byte[] all = new byte[256];
		for (int i = 0; i < all.length; i++) {
			all[i] = (byte) i;
		}
		return all;
	}

}
