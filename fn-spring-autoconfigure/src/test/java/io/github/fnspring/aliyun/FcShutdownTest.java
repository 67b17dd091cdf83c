package io.github.fnspring.aliyun;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.fnspring.testsupport.TestApplications;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event still running when the instance stops is answered as a failed invocation, as FC
 * counts one (404 with {@code x-fc-status}), and its log is closed with FC's End line.
 */
@ExtendWith(OutputCaptureExtension.class)
class FcShutdownTest {

	@Test
	void anEventCutShortByTheStopIsAFailedInvocation(CapturedOutput output) throws Exception {
		FcTestApplication.later = new CountDownLatch(1);
		FcTestApplication.laterStarted = new CountDownLatch(1);
		ConfigurableApplicationContext context = TestApplications.start(FcTestApplication.class,
				"FC_FUNCTION_NAME=freshestLater", "fn.server.shutdown-grace-period=300ms");
		try {
			FcClient fc = new FcClient(TestApplications.port(context));
			CompletableFuture<HttpResponse<byte[]>> running = CompletableFuture
				.supplyAsync(() -> fc.invoke("freshestLater", "req-cut-short", "x".getBytes(StandardCharsets.UTF_8)));
			assertThat(FcTestApplication.laterStarted.await(10, TimeUnit.SECONDS)).isTrue();
			context.close();
			HttpResponse<byte[]> response = running.get(10, TimeUnit.SECONDS);
			assertThat(response.statusCode()).isEqualTo(503);
			assertThat(response.headers().firstValue("x-fc-status")).contains("404");
			String out = output.getOut();
			assertThat(out.indexOf("FC Invoke Start RequestId: req-cut-short\n")).isNotNegative()
				.isLessThan(out.indexOf("FC Invoke End RequestId: req-cut-short\n"));
		}
		finally {
			FcTestApplication.later.countDown();
			context.close();
		}
	}

}
