package io.github.fnspring.aliyun;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.github.fnspring.testsupport.TestApplications;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body that cannot be read, truncated or badly chunked, is the client's bad input: a
 * vendor-shaped 400-class answer without a stack, a warning rather than an error, written
 * over a raw socket as no well-behaved client would.
 */
@ExtendWith(OutputCaptureExtension.class)
class FcBrokenBodyTest extends FcServerTestSupport {

	@Test
	void aTruncatedEventIsRejectedNotFailed(CapturedOutput output) throws IOException {
		String response = exchange("POST /invoke HTTP/1.1\r\nHost: fc\r\nx-fc-request-id: req-truncated\r\n"
				+ "x-fc-function-name: uppercase\r\nContent-Length: 100\r\n\r\nonly ten b");
		assertThat(response).startsWith("HTTP/1.1 404").containsIgnoringCase("x-fc-status: 404")
			.contains("The request body could not be read")
			.contains("\"stackTrace\":[]")
			.doesNotContain("java.io.IOException");
		assertThat(output.getAll()).contains("Invocation req-truncated rejected (400)")
			.doesNotContain("Invocation req-truncated of function");
	}

	@Test
	void aBadlyChunkedHttpRequestIsABadRequest(CapturedOutput output) throws IOException {
		String response = exchange("POST /some/path HTTP/1.1\r\nHost: fc\r\nx-fc-request-id: req-chunked\r\n"
				+ "x-fc-function-name: uppercase\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n");
		assertThat(response).startsWith("HTTP/1.1 400").doesNotContain("IOException").doesNotContain("\tat ");
		assertThat(output.getAll()).contains("Invocation req-chunked rejected (400)");
	}

	/** Sends raw bytes, ends the output, and reads what the server answers until it closes. */
	private String exchange(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", TestApplications.port(this.context))) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			socket.shutdownOutput();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
