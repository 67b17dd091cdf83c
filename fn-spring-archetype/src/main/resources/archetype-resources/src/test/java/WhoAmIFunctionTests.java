package ${package};

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import io.github.fnspring.FnContext;
import io.github.fnspring.Vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/** A function that uses {@link FnContext}, tested with a context of the test's making. */
class WhoAmIFunctionTests {

	@Test
	void answersWithItsContext() {
		FnContext context = mock(FnContext.class);
		given(context.requestId()).willReturn("request-1");
		given(context.functionName()).willReturn("whoami");
		given(context.vendor()).willReturn(Vendor.ALIYUN);
		given(context.remainingTime()).willReturn(Duration.ofSeconds(3));
		given(context.logger()).willReturn(LoggerFactory.getLogger(WhoAmIFunction.class));
		WhoAmIFunction.Invocation invocation = new WhoAmIFunction(context).get();
		assertThat(invocation).isEqualTo(new WhoAmIFunction.Invocation("request-1", "whoami", "ALIYUN", 3000));
	}

}
