#set( $symbol_dollar = '$' )
package ${package};

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application as a cloud calls it: over HTTP, in Function Compute's protocol, which a
 * local run speaks.
 */
@SpringBootTest(properties = "fn.server.port=0")
class ApplicationTests {

	private static final HttpClient client = HttpClient.newHttpClient();

	/** Published by fn-spring once it listens, as Spring Boot publishes local.server.port. */
	@Value("${symbol_dollar}{local.fn.port}")
	private int port;

	@Test
	void uppercaseAnswersWhenNoFunctionIsNamed() throws Exception {
		assertThat(invoke(null, "\"hello\"").body()).isEqualTo("HELLO");
	}

	@Test
	void orderComputesTheTotal() throws Exception {
		HttpResponse<String> response = invoke("order",
				"{\"orderId\":\"o-1\",\"sku\":\"tea\",\"quantity\":3,\"unitPrice\":2.5}");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode receipt = JsonMapper.shared().readTree(response.body());
		assertThat(receipt.path("total").decimalValue()).isEqualByComparingTo("7.5");
		assertThat(receipt.path("status").asString()).isEqualTo("ACCEPTED");
	}

	@Test
	void whoamiAnswersWithTheInvocationsContext() throws Exception {
		HttpResponse<String> response = invoke("whoami", "");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode invocation = JsonMapper.shared().readTree(response.body());
		assertThat(invocation.path("functionName").asString()).isEqualTo("whoami");
		assertThat(invocation.path("vendor").asString()).isEqualTo("LOCAL");
		assertThat(invocation.path("requestId").asString()).isNotEmpty();
	}

	/** An event invocation, as Function Compute sends it; the header names the function. */
	private HttpResponse<String> invoke(String function, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/invoke"))
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (function != null) {
			request.header("x-fn-function-name", function);
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
