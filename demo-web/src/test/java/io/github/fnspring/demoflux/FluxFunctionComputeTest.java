package io.github.fnspring.demoflux;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.demoweb.PlatformUnderTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The WebFlux variant on a Function Compute custom runtime or custom container. */
class FluxFunctionComputeTest extends FluxSharedServerContractTests {

	FluxFunctionComputeTest() {
		super(PlatformUnderTest.FUNCTION_COMPUTE);
	}

	@Test
	void anEventLargerThanTheServerBuffersIsRefusedInFcsWords() throws Exception {
		long size = 64L * 1024 * 1024 + 1;
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + "/invoke"))
			.timeout(Duration.ofSeconds(60))
			.header("x-fc-request-id", "req-huge")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new Zeros(size)))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("FC's failed invocation").isEqualTo(404);
		assertThat(response.headers().firstValue("x-fc-status")).isPresent();
		JsonNode error = JsonMapper.shared().readTree(response.body());
		assertThat(error.path("errorMessage").asString()).contains("larger than the limit");
	}

	/** A body of zeros that is never held in memory whole. */
	private static final class Zeros extends InputStream {

		private long left;

		Zeros(long size) {
			this.left = size;
		}

		@Override
		public int read() {
			if (this.left <= 0) {
				return -1;
			}
			this.left--;
			return 0;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (this.left <= 0) {
				return -1;
			}
			int count = (int) Math.min(length, this.left);
			Arrays.fill(buffer, offset, offset + count, (byte) 0);
			this.left -= count;
			return count;
		}

	}

}
