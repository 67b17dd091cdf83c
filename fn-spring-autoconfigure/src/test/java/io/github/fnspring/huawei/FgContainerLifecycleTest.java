package io.github.fnspring.huawei;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import io.github.fnspring.testsupport.TestApplications;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A FunctionGraph container image's health check and graceful stop, called over real HTTP
 * as the platform calls them: they are the platform's, never the user function's.
 */
class FgContainerLifecycleTest {

	private static final HttpClient client = HttpClient.newHttpClient();

	private ConfigurableApplicationContext context;

	private int port;

	private void start() {
		FgTestApplication.consumed.set(null);
		// The cloud function is the consumer: anything reaching it would be recorded
		this.context = TestApplications.start(FgTestApplication.class, "RUNTIME_FUNC_NAME=sink");
		this.port = TestApplications.port(this.context);
	}

	@AfterEach
	void stop() {
		FgTestApplication.slowRelease.countDown();
		if (this.context != null) {
			this.context.close();
		}
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("X-CFF-Request-Id", "fg-control")
			.timeout(Duration.ofSeconds(30));
	}

	private HttpResponse<String> get(String path) throws Exception {
		return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theHealthCheckAnswersTheApplicationsHealthWithoutCallingTheFunction() throws Exception {
		start();
		HttpResponse<String> up = get("/healthz");
		assertThat(up.statusCode()).isEqualTo(200);
		assertThat(up.body()).isEqualTo("{\"status\":\"UP\"}");
		AvailabilityChangeEvent.publish(this.context, LivenessState.BROKEN);
		HttpResponse<String> down = get("/healthz");
		assertThat(down.statusCode()).isEqualTo(503);
		assertThat(down.body()).isEqualTo("{\"status\":\"DOWN\"}");
		AvailabilityChangeEvent.publish(this.context, LivenessState.CORRECT);
		assertThat(get("/healthz").statusCode()).isEqualTo(200);
		assertThat(FgTestApplication.consumed.get()).isNull();
	}

	@Test
	void onlyCallersInsideTheInstanceReachThePlatformsPaths() throws Exception {
		// the platform's agent calls from inside; public requests through APIG come from elsewhere
		assertThat(FgContainerLifecycle.isFromInside(new InetSocketAddress("127.0.0.1", 40000))).isTrue();
		assertThat(FgContainerLifecycle.isFromInside(new InetSocketAddress(InetAddress.getByName("::1"), 40000)))
			.isTrue();
		assertThat(FgContainerLifecycle.isFromInside(
				new InetSocketAddress(InetAddress.getByAddress(new byte[] { (byte) 203, 0, 113, 9 }), 40000)))
			.isFalse();
		assertThat(FgContainerLifecycle.isFromInside(null)).isFalse();
	}

	@Test
	void otherPathsStillReachTheFunction() throws Exception {
		start();
		client.send(request("/health").POST(HttpRequest.BodyPublishers.ofString("to the function")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(FgTestApplication.consumed.get()).isEqualTo("to the function");
	}

	@Test
	void shutdownRunsThePreStopHooksOnceFinishesRequestsInFlightThenClosesTheApplication() throws Exception {
		start();
		FgTestApplication.slowStarted = new CountDownLatch(1);
		FgTestApplication.slowRelease = new CountDownLatch(1);
		CountDownLatch closed = new CountDownLatch(1);
		this.context.addApplicationListener((ContextClosedEvent event) -> closed.countDown());
		int preStoppedBefore = FgTestApplication.preStopped.get();

		CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(
				request("/").header("X-CFF-Func-Name", "slow").POST(HttpRequest.BodyPublishers.ofString("work")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(FgTestApplication.slowStarted.await(10, TimeUnit.SECONDS)).isTrue();

		// While a request runs, the stop is not done: the platform is told to ask again
		HttpResponse<String> busy = get("/shutdown");
		assertThat(busy.statusCode()).isEqualTo(503);
		assertThat(busy.body()).contains("\"inFlight\":1");
		assertThat(FgTestApplication.preStopped.get()).isEqualTo(preStoppedBefore + 1);
		assertThat(get("/healthz").statusCode()).as("no longer healthy once stopping").isEqualTo(503);
		assertThat(this.context.isActive()).isTrue();

		CompletableFuture<HttpResponse<String>> done = client.sendAsync(request("/shutdown").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		FgTestApplication.slowRelease.countDown();
		assertThat(inFlight.get(10, TimeUnit.SECONDS).body()).isEqualTo("finished work");
		HttpResponse<String> stopped = done.get(10, TimeUnit.SECONDS);
		assertThat(stopped.statusCode()).isEqualTo(200);
		assertThat(FgTestApplication.preStopped.get()).as("pre-stop hooks run once").isEqualTo(preStoppedBefore + 1);
		assertThat(closed.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(FgTestApplication.consumed.get()).isNull();
	}

}
