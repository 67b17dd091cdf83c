package io.github.fnspring.aliyun;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.fnspring.testsupport.TestApplications;

import static org.assertj.core.api.Assertions.assertThat;

/** FC's initializer and pre-stop calls, and the log lines FC requires. */
@ExtendWith(OutputCaptureExtension.class)
class FcLifecycleTest extends FcServerTestSupport {

	@Test
	void initializeRunsInitializersOnceAndLogsTheInitializeLines(CapturedOutput output) {
		FcTestApplication.CountingInitializer initializer = this.context.getBean(FcTestApplication.CountingInitializer.class);
		for (int i = 0; i < 2; i++) {
			HttpResponse<byte[]> response = this.fc.send(this.fc.request("/initialize", "req-init-" + i)
				.header("x-fc-control-path", "/initialize")
				.POST(HttpRequest.BodyPublishers.noBody())
				.build());
			assertThat(response.statusCode()).isEqualTo(200);
		}
		this.fc.invoke("uppercase", "req-after-init", "x".getBytes(StandardCharsets.UTF_8));
		assertThat(initializer.runs.get()).isEqualTo(1);
		assertThat(output.getOut()).contains("FC Initialize Start RequestId: req-init-0")
			.contains("FC Initialize End RequestId: req-init-0");
	}

	@Test
	void preStopRunsPreStopHandlersBetweenThePreStopLines(CapturedOutput output) {
		int before = FcTestApplication.preStopped.get();
		HttpResponse<byte[]> response = this.fc.send(this.fc.request("/pre-stop", "req-stop").GET().build());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(FcTestApplication.preStopped.get()).isEqualTo(before + 1);
		String out = output.getOut();
		int start = out.indexOf("FC PreStop Start RequestId: req-stop\n");
		int hook = out.indexOf("pre-stop hook ran for req-stop");
		int end = out.indexOf("FC PreStop End RequestId: req-stop\n");
		assertThat(start).isNotNegative().isLessThan(hook);
		assertThat(hook).isLessThan(end);
	}

	@Test
	void closingTheApplicationRunsThePreStopHandlersOnceEvenAfterPreStop() {
		int before = FcTestApplication.preStopped.get();
		ConfigurableApplicationContext closedOnly = TestApplications.start(FcTestApplication.class,
				"FC_FUNCTION_NAME=uppercase");
		closedOnly.close();
		assertThat(FcTestApplication.preStopped.get()).as("SIGTERM closes the application").isEqualTo(before + 1);
		ConfigurableApplicationContext preStoppedFirst = TestApplications.start(FcTestApplication.class,
				"FC_FUNCTION_NAME=uppercase");
		FcClient client = new FcClient(TestApplications.port(preStoppedFirst));
		assertThat(client.send(client.request("/pre-stop", "req-stop-once").GET().build()).statusCode()).isEqualTo(200);
		preStoppedFirst.close();
		assertThat(FcTestApplication.preStopped.get()).as("once per instance").isEqualTo(before + 2);
	}

	@Test
	void aFailedInvocationIsLoggedWholeBeforeItsEndLine(CapturedOutput output) {
		this.fc.invoke("fail", "req-cut", "x".getBytes(StandardCharsets.UTF_8));
		String out = output.getOut();
		int end = out.indexOf("FC Invoke End RequestId: req-cut\n");
		assertThat(out.indexOf("FC Invoke Start RequestId: req-cut\n")).isNotNegative().isLessThan(end);
		// FC cuts the request's log at the End line: the error and its stack must come first
		assertThat(out.indexOf("Invocation req-cut of function fail failed")).isNotNegative().isLessThan(end);
		assertThat(out.indexOf("java.lang.IllegalStateException: failed with secret-x")).isNotNegative()
			.isLessThan(end);
		assertThat(out.indexOf("\tat ", out.indexOf("failed with secret-x"))).isNotNegative().isLessThan(end);
	}

	@Test
	void aRejectedEventIsLoggedBeforeItsEndLine(CapturedOutput output) {
		this.fc.invoke("order", "req-cut-unknown", "{not json".getBytes(StandardCharsets.UTF_8));
		String out = output.getOut();
		int end = out.indexOf("FC Invoke End RequestId: req-cut-unknown\n");
		assertThat(out.indexOf("Invocation req-cut-unknown rejected")).isNotNegative().isLessThan(end);
	}

	@Test
	void everyInvocationIsFramedByStartAndEndLines(CapturedOutput output) {
		this.fc.invoke("uppercase", "req-framed", "x".getBytes(StandardCharsets.UTF_8));
		this.fc.send(this.fc.request("/http/path", "req-framed-http").header("x-fc-function-name", "uppercase").GET().build());
		String out = output.getOut();
		assertThat(out.indexOf("FC Invoke Start RequestId: req-framed\n"))
			.isNotNegative()
			.isLessThan(out.indexOf("FC Invoke End RequestId: req-framed\n"));
		assertThat(out).contains("FC Invoke Start RequestId: req-framed-http")
			.contains("FC Invoke End RequestId: req-framed-http");
	}

	@Test
	void theFunctionNeverSeesTheCredentialHeadersOnlyItsContext() {
		HttpResponse<byte[]> response = this.fc.send(this.fc.request("/orders/7", "req-hidden")
			.header("x-fc-function-name", "headerNames")
			.header("x-custom", "kept")
			.GET()
			.build());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("x-custom", "x-fc-request-id")
			.doesNotContain("x-fc-access-key-secret")
			.doesNotContain("x-fc-security-token")
			.doesNotContain("x-fc-access-key-id");
	}

	@Test
	void failuresAreLoggedWithRequestIdButNeverWithCredentials(CapturedOutput output) {
		this.fc.invoke("fail", "req-logged", "x".getBytes(StandardCharsets.UTF_8));
		assertThat(output.getOut()).contains("req-logged [ERROR] Invocation req-logged of function fail failed")
			.contains("java.lang.IllegalStateException: failed with secret-x")
			.doesNotContain("SK-req-logged")
			.doesNotContain("TOKEN-req-logged");
	}

}
