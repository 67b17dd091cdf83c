package io.github.fnspring.demoweb;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clouds' event modes: the platform hands HTTP-trigger events to the application's
 * Runtime API loop, which serves them in process through its controllers (the web contract in
 * these modes is {@link EventModeContractTests}); the application's own server opens no port,
 * and plain events still reach its function.
 */
public class EventModesTest {

	private EventModeUnderTest underTest;

	/** The application under test. */
	protected Class<?> application() {
		return DemoWebApplication.class;
	}

	/** The application's properties besides the platform's environment. */
	protected Map<String, Object> properties() {
		return Map.of();
	}

	/** Asserts that the application's own server listens on no port. */
	protected void assertNoPort(ConfigurableApplicationContext application) {
		assertThat(((ServletWebServerApplicationContext) application).getWebServer().getClass().getName())
			.as("no servlet container, no port").doesNotContain("Tomcat");
	}

	@AfterEach
	void stop() {
		if (this.underTest != null) {
			this.underTest.close();
		}
	}

	@Test
	void onScfsCustomRuntimeTheControllersAnswerWithoutAPort() throws Exception {
		this.underTest = EventModeUnderTest.start(EventModeUnderTest.Platform.SCF, application(), properties());
		assertThat(this.underTest.invoke("scf-hello", this.underTest.request("GET", "/hello")).status())
			.isEqualTo(200);
		assertNoPort(this.underTest.application());
	}

	@Test
	void onFunctionGraphsCustomRuntimeTheControllersAnswerWithoutAPort() throws Exception {
		this.underTest = EventModeUnderTest.start(EventModeUnderTest.Platform.FUNCTION_GRAPH, application(),
				properties());
		assertThat(this.underTest.invoke("fg-hello", this.underTest.request("GET", "/hello")).status())
			.isEqualTo(200);
		assertNoPort(this.underTest.application());
	}

	@Test
	void aPlainEventStillReachesTheFunction() throws Exception {
		this.underTest = EventModeUnderTest.start(EventModeUnderTest.Platform.SCF, application(), properties());
		byte[] answer = this.underTest.submit("scf-plain", "\"hello\"").get(30, TimeUnit.SECONDS);
		assertThat(new String(answer, StandardCharsets.UTF_8)).isEqualTo("HELLO");
	}

}
