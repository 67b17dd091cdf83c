package io.github.fnspring.demoweb;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A local run: FC's protocol and the controllers on one server, on loopback. */
class LocalRunTest extends SharedServerContractTests {

	LocalRunTest() {
		super(PlatformUnderTest.LOCAL);
	}

	@Test
	void theConsoleIsAtFnConsoleOnTheApplicationsServerAndSlashStaysTheApplications() throws Exception {
		assertThat(new String(send("GET", "/fn/console", Map.of("Accept", "text/html"), new byte[0]).body(),
				StandardCharsets.UTF_8)).contains("<title>fn-spring console</title>");
		assertThat(new String(send("GET", "/", Map.of("Accept", "text/html"), new byte[0]).body(), StandardCharsets.UTF_8))
			.doesNotContain("fn-spring console");
		String invocation = new String(send("POST", "/fn/console/api/invoke", Map.of("X-Fn-Console", "1"),
				"{\"function\":\"uppercase\",\"cloud\":\"aliyun\",\"trigger\":\"plain\",\"event\":\"\\\"web\\\"\"}"
					.getBytes(StandardCharsets.UTF_8)).body(), StandardCharsets.UTF_8);
		assertThat(invocation).contains("\"output\":\"WEB\"").contains("\"success\":true");
	}

}
