package io.github.fnspring.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class FnHttpServerTest {

	@Test
	void aRequestWhoseHandlerThrowsIsAnsweredAndLogged(CapturedOutput output) throws Exception {
		FnHttpServer server = new FnHttpServer(new ServerSettings("127.0.0.1", 0, 4, 1024, Duration.ofSeconds(10)), (exchange) -> {
			throw new IllegalStateException("handler bug");
		}, "a failing handler");
		server.start();
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/x?y")).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(500);
			assertThat(response.body()).isEqualTo("{\"errorMessage\":\"Internal Server Error\"}");
			assertThat(output.getAll()).contains("GET /x could not be handled").contains("handler bug");
		}
		finally {
			server.stop();
		}
	}

}
