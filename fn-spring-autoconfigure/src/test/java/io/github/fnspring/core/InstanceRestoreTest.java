package io.github.fnspring.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import io.github.fnspring.FnContext;
import io.github.fnspring.FnCredentials;
import io.github.fnspring.FnRestoreHandler;
import io.github.fnspring.Vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class InstanceRestoreTest {

	private static final FnCredentials INSTANCE = new FnCredentials("AK-INSTANCE", "secret", null);

	private final LatestCredentials credentials = new LatestCredentials(() -> INSTANCE);

	private final List<String> ran = new ArrayList<>();

	@AfterEach
	void clearMdc() {
		MDC.clear();
	}

	private static FnContext context(String requestId, String accessKey) {
		return InvocationContext.builder(Vendor.HUAWEI)
			.requestId(requestId)
			.credentials(new FnCredentials(accessKey, "secret", "token"))
			.build();
	}

	@Test
	void forgettingInvocationsDropsTheirCredentialsAndARequestIdLeftOnTheThreadButNothingElse() {
		this.credentials.observe(context("before-snapshot", "AK-PRIMING"));
		MDC.put(FnContext.MDC_REQUEST_ID, "before-snapshot");
		MDC.put("user", "the runtime's own");
		new InstanceRestore(List.of(), List.of(), this.credentials).forgetInvocations();
		assertThat(this.credentials.credentials()).contains(INSTANCE);
		assertThat(MDC.get(FnContext.MDC_REQUEST_ID)).isNull();
		assertThat(MDC.get("user")).isEqualTo("the runtime's own");
	}

	@Test
	void theRestoreCallsCredentialsAreTheNewestOnceRestored() throws Exception {
		this.credentials.observe(context("before-snapshot", "AK-PRIMING"));
		new InstanceRestore(List.of(), List.of(), this.credentials).restore(context("restore-1", "AK-THIS-INSTANCE"));
		assertThat(this.credentials.credentials()).hasValueSatisfying(
				(restored) -> assertThat(restored.accessKeyId()).isEqualTo("AK-THIS-INSTANCE"));
	}

	@Test
	void theInstanceIsReadAgainBeforeAnyHandlerRuns() throws Exception {
		Renewable environment = () -> this.ran.add("environment read again");
		FnRestoreHandler handler = (context) -> this.ran.add("handler");
		new InstanceRestore(List.of(handler), List.of(environment), this.credentials).restore(context("restore-1", "AK"));
		assertThat(this.ran).containsExactly("environment read again", "handler");
	}

	@Test
	void forgettingAPrimingInvocationReadsNothingAgain() {
		new InstanceRestore(List.of(), List.of(() -> this.ran.add("environment read again")), this.credentials)
			.forgetInvocations();
		assertThat(this.ran).isEmpty();
	}

	@Test
	void everyHandlerRunsInOrderWithTheRestoreCallsContextBoundAndTheFirstFailureFailsTheRestore() {
		FnRestoreHandler failing = (context) -> {
			this.ran.add("first " + FnContextHolder.current().map(FnContext::requestId).orElse("unbound"));
			throw new IllegalStateException("first failed");
		};
		FnRestoreHandler second = (context) -> {
			this.ran.add("second " + MDC.get(FnContext.MDC_REQUEST_ID));
			throw new IllegalArgumentException("second failed");
		};
		FnRestoreHandler third = (context) -> this.ran.add("third " + context.requestId());
		InstanceRestore restore = new InstanceRestore(List.of(failing, second, third), List.of(), this.credentials);
		assertThatIllegalStateException().isThrownBy(() -> restore.restore(context("restore-1", "AK-RESTORE")))
			.withMessage("first failed");
		assertThat(this.ran).containsExactly("first restore-1", "second restore-1", "third restore-1");
		assertThat(FnContextHolder.current()).isEqualTo(Optional.empty());
		assertThat(MDC.get(FnContext.MDC_REQUEST_ID)).isNull();
	}

}
