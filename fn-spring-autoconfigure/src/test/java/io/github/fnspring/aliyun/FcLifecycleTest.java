package io.github.fnspring.aliyun;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

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
	void preStopRunsPreStopHandlers() {
		int before = FcTestApplication.preStopped.get();
		HttpResponse<byte[]> response = this.fc.send(this.fc.request("/pre-stop", "req-stop").GET().build());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(FcTestApplication.preStopped.get()).isEqualTo(before + 1);
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
	void failuresAreLoggedWithRequestIdButNeverWithCredentials(CapturedOutput output) {
		this.fc.invoke("fail", "req-logged", "x".getBytes(StandardCharsets.UTF_8));
		assertThat(output.getOut()).contains("req-logged [ERROR] Invocation req-logged of function fail failed")
			.contains("java.lang.IllegalStateException: failed with secret-x")
			.doesNotContain("SK-req-logged")
			.doesNotContain("TOKEN-req-logged");
	}

}
