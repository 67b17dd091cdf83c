package io.github.fnspring.huawei;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import io.github.fnspring.FnContext;
import io.github.fnspring.FnCredentials;
import io.github.fnspring.FnCredentialsProvider;
import io.github.fnspring.FnRestoreHandler;
import io.github.fnspring.ServerlessFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * FunctionGraph's snapshot-based cold start, driven as the platform drives it: the initializer
 * when a version is published (which primes the instance with an event before the snapshot),
 * the restore hook in each instance restored from the snapshot, then the real invocations.
 * Nothing of the priming invocation may reach a later one.
 */
class SnapshotRestoreTest {

	/** One function that notes what each call saw, and a restore handler that notes its calls. */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class SnapshotApplication {

		record Call(String requestId, String accessKey, String providedAccessKey, String mdcRequestId) {
		}

		final List<Call> calls = new CopyOnWriteArrayList<>();

		final List<String> restores = new CopyOnWriteArrayList<>();

		volatile boolean failRestore;

		@Bean
		@ServerlessFunction
		Function<String, String> remember(FnContext context, FnCredentialsProvider provider) {
			return (event) -> {
				if (event.contains("checked")) {
					throw SnapshotApplication.<RuntimeException>sneaky(new Exception("a checked failure"));
				}
				this.calls.add(new Call(context.requestId(), accessKey(context.credentials().orElse(null)),
						accessKey(provider.credentials().orElse(null)), String.valueOf(MDC.get(FnContext.MDC_REQUEST_ID))));
				return event;
			};
		}

		@Bean
		FnRestoreHandler renewConnections() {
			return (context) -> {
				this.restores.add(context.requestId());
				if (this.failRestore) {
					throw new IllegalStateException("the database is not there");
				}
			};
		}

		@SuppressWarnings("unchecked")
		private static <T extends Throwable> T sneaky(Throwable failure) throws T {
			throw (T) failure;
		}

		private static String accessKey(FnCredentials credentials) {
			return (credentials != null) ? credentials.accessKeyId() : "none";
		}

	}

	private ConfigurableApplicationContext application;

	private FunctionGraphHandler handler;

	private SnapshotApplication functions;

	private void start(String... properties) {
		this.application = new SpringApplicationBuilder(SnapshotApplication.class)
			.properties("fn.vendor=huawei", "fn.huawei.mode=handler", "RUNTIME_FUNC_NAME=remember",
					"spring.main.banner-mode=off")
			.properties(properties)
			.run();
		this.handler = new FunctionGraphHandler(this.application);
		this.functions = this.application.getBean(SnapshotApplication.class);
	}

	@AfterEach
	void stop() {
		if (this.application != null) {
			this.application.close();
		}
		MDC.clear();
	}

	private static TestRuntimeContext runtime(String requestId, String accessKey) {
		return new TestRuntimeContext(requestId, "remember", accessKey, Map.of());
	}

	@Test
	void thePrimingEventRunsThroughTheRealPathAndLeavesNothingForLaterInvocations() {
		start("fn.snapshot.priming-event=\"warm-up\"");
		this.handler.initialize(runtime("publish-1", "AK-PUBLISH"));
		assertThat(this.functions.calls).singleElement().satisfies((priming) -> {
			assertThat(priming.requestId()).startsWith("priming-");
			assertThat(priming.mdcRequestId()).isEqualTo(priming.requestId());
		});
		assertThat(this.application.getBean(FnCredentialsProvider.class).credentials())
			.as("the priming invocation's credentials are forgotten").isEmpty();
		assertThat(MDC.get(FnContext.MDC_REQUEST_ID)).as("nor is its request id left on the thread").isNull();

		// the restored instance is another: its restore call brings its own credentials
		this.handler.restore(runtime("restore-1", "AK-RESTORE"));
		assertThat(this.functions.restores).containsExactly("restore-1");
		assertThat(this.application.getBean(FnCredentialsProvider.class).credentials()).hasValueSatisfying(
				(restored) -> assertThat(restored.accessKeyId()).isEqualTo("AK-RESTORE"));

		this.handler.handleRequest("\"real\"", runtime("req-1", "AK-INSTANCE"));
		SnapshotApplication.Call real = this.functions.calls.get(1);
		assertThat(real.requestId()).isEqualTo("req-1");
		assertThat(real.accessKey()).isEqualTo("AK-INSTANCE");
		assertThat(real.providedAccessKey()).isEqualTo("AK-INSTANCE");
		assertThat(real.mdcRequestId()).isEqualTo("req-1");
	}

	@Test
	void aPrimingEventThatFailsEvenWithACheckedExceptionLeavesTheInitializerSucceeding() {
		start("fn.snapshot.priming-event=\"checked\"");
		this.handler.initialize(runtime("publish-3", "AK-PUBLISH"));
		assertThat(this.handler.handleRequest("\"real\"", runtime("req-3", "AK-INSTANCE"))).isEqualTo("real");
	}

	@Test
	void withoutAPrimingEventTheInitializerInvokesNothing() {
		start();
		this.handler.initialize(runtime("publish-2", "AK-PUBLISH"));
		assertThat(this.functions.calls).isEmpty();
	}

	@Test
	void aRestoreReplacesTheCredentialsOfInvocationsBeforeTheSnapshotWithItsOwn() {
		start();
		this.handler.handleRequest("\"before\"", runtime("req-before", "AK-BEFORE"));
		assertThat(this.application.getBean(FnCredentialsProvider.class).credentials()).isPresent();
		this.handler.restore(runtime("restore-2", "AK-RESTORE"));
		assertThat(this.application.getBean(FnCredentialsProvider.class).credentials()).hasValueSatisfying(
				(restored) -> assertThat(restored.accessKeyId()).isEqualTo("AK-RESTORE"));
	}

	@Test
	void aFailingRestoreHandlerFailsTheRestoreHook() {
		start();
		this.functions.failRestore = true;
		assertThatIllegalStateException().isThrownBy(() -> this.handler.restore(runtime("restore-3", "AK")))
			.withMessageContaining("the database is not there");
	}

}
