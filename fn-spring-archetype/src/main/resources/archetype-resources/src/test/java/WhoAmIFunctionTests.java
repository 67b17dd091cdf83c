package ${package};

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.github.fnspring.FnContext;
import io.github.fnspring.Vendor;
import io.github.fnspring.test.TestFnContext;

import static org.assertj.core.api.Assertions.assertThat;

/** A function that uses {@link FnContext}, tested in plain JUnit with a context of the test's making. */
class WhoAmIFunctionTests {

	@Test
	void answersWithItsContext() {
		FnContext context = TestFnContext.builder()
			.requestId("request-1")
			.functionName("whoami")
			.vendor(Vendor.ALIYUN)
			.remainingTime(Duration.ofSeconds(3))
			.build();
		WhoAmIFunction.Invocation invocation = new WhoAmIFunction(context).get();
		assertThat(invocation.requestId()).isEqualTo("request-1");
		assertThat(invocation.functionName()).isEqualTo("whoami");
		assertThat(invocation.vendor()).isEqualTo("ALIYUN");
		assertThat(invocation.remainingMillis()).isBetween(1L, 3000L);
	}

}
