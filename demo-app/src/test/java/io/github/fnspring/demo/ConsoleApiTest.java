package io.github.fnspring.demo;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's API under what a page cannot do alone: many invocations at once, and requests from elsewhere. */
class ConsoleApiTest {

	private final HttpClient client = HttpClient.newHttpClient();

	@TempDir
	Path work;

	@Test
	void concurrentInvocationsEachShowOnlyTheirOwnLogLines() throws Exception {
		try (ConfigurableApplicationContext demo = ConsoleBrowser.startDemo(this.work.resolve("events.json"))) {
			String console = ConsoleBrowser.consoleAddress(demo);
			List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
			// the console takes 8 at once: the platforms' transports run them side by side
			for (int i = 0; i < 8; i++) {
				String cloud = List.of("aliyun", "tencent", "huawei").get(i % 3);
				String event = JsonMapper.shared().writeValueAsString(timerEvent(cloud, "timer-" + i));
				answers.add(this.client.sendAsync(invoke(console, Map.of("function", "tick", "cloud", cloud, "trigger",
						"plain", "event", event)), HttpResponse.BodyHandlers.ofString()));
			}
			for (int i = 0; i < answers.size(); i++) {
				HttpResponse<String> answer = answers.get(i).get(60, TimeUnit.SECONDS);
				assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
				JsonNode invocation = JsonMapper.shared().readTree(answer.body());
				String logs = invocation.path("logs").asString();
				assertThat(logs).as("invocation %d", i).contains("Timer timer-" + i + " fired");
				for (int other = 0; other < answers.size(); other++) {
					if (other != i) {
						assertThat(logs).doesNotContain("Timer timer-" + other + " fired");
					}
				}
			}
		}
	}

	@Test
	void theApiAnswersOnlyTheConsolesPageOnThisMachine() throws Exception {
		try (ConfigurableApplicationContext demo = ConsoleBrowser.startDemo(this.work.resolve("events.json"))) {
			String console = ConsoleBrowser.consoleAddress(demo);
			Map<String, String> order = Map.of("function", "uppercase", "cloud", "aliyun", "trigger", "plain", "event",
					"\"hi\"");
			HttpRequest withoutTheConsolesHeader = HttpRequest.newBuilder(URI.create(console + "fn/console/api/invoke"))
				.POST(HttpRequest.BodyPublishers.ofString(JsonMapper.shared().writeValueAsString(order)))
				.build();
			assertThat(send(withoutTheConsolesHeader).statusCode()).isEqualTo(403);
			// a page of another site, resolved to this machine (DNS rebinding), names its own host
			URI address = URI.create(console);
			try (Socket socket = new Socket(address.getHost(), address.getPort())) {
				socket.getOutputStream()
					.write(("GET /fn/console/api/functions HTTP/1.1\r\nHost: attacker.example\r\nX-Fn-Console: 1\r\n"
							+ "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
				String statusLine = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII)
					.lines()
					.findFirst()
					.orElse("");
				assertThat(statusLine).startsWith("HTTP/1.1 403");
			}
			HttpResponse<String> unknownCloud = send(invoke(console, Map.of("function", "uppercase", "cloud", "azure",
					"trigger", "plain", "event", "\"hi\"")));
			assertThat(unknownCloud.statusCode()).isEqualTo(400);
			assertThat(unknownCloud.body()).contains("azure is not served in this local run");
			assertThat(send(invoke(console, order)).body()).contains("\"output\":\"HI\"");
		}
	}

	@Test
	void aBrowsersRequestThatNamesItsFunctionReachesTheFunctionNotTheConsole() throws Exception {
		try (ConfigurableApplicationContext demo = ConsoleBrowser.startDemo(this.work.resolve("events.json"))) {
			String console = ConsoleBrowser.consoleAddress(demo);
			HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(console)).header("Accept", "text/html").build());
			assertThat(page.body()).contains("<title>fn-spring console</title>");
			assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
			HttpResponse<String> named = send(HttpRequest.newBuilder(URI.create(console))
				.header("Accept", "text/html")
				.header("x-fn-function-name", "echo")
				.build());
			assertThat(named.body()).doesNotContain("fn-spring console");
			assertThat(named.headers().firstValue("x-echo-length")).as("the echo function answered").isPresent();
		}
	}

	/** Each cloud's timer event, as its trigger sends it. */
	private static Map<String, String> timerEvent(String cloud, String name) {
		return switch (cloud) {
			case "aliyun" -> Map.of("triggerTime", "2026-11-30T00:00:00Z", "triggerName", name, "payload", "p");
			case "tencent" -> Map.of("Type", "Timer", "TriggerName", name, "Time", "2026-11-30T00:00:00Z", "Message", "m");
			default -> Map.of("version", "v1.0", "time", "2026-11-30T08:00:00+08:00", "trigger_type", "TIMER",
					"trigger_name", name, "user_event", "u");
		};
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest invoke(String console, Map<String, String> body) throws Exception {
		return HttpRequest.newBuilder(URI.create(console + "fn/console/api/invoke"))
			.header("X-Fn-Console", "1")
			.POST(HttpRequest.BodyPublishers.ofString(JsonMapper.shared().writeValueAsString(body)))
			.build();
	}

}
