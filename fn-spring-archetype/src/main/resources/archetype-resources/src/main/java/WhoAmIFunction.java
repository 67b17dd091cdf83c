package ${package};

import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import io.github.fnspring.FnContext;
import io.github.fnspring.ServerlessFunction;

/**
 * Answers with the invocation's own context. The injected {@link FnContext} is a singleton
 * that always resolves to the invocation running on the calling thread, whichever cloud runs
 * it.
 */
@Component
@ServerlessFunction("whoami")
public class WhoAmIFunction implements Supplier<WhoAmIFunction.Invocation> {

	private final FnContext context;

	public WhoAmIFunction(FnContext context) {
		this.context = context;
	}

	@Override
	public Invocation get() {
		// the context's logger marks each line with the request id, as each cloud's console expects
		this.context.logger().info("whoami called on {}", this.context.vendor());
		return new Invocation(this.context.requestId(), this.context.functionName(), this.context.vendor().name(),
				this.context.remainingTime().toMillis());
	}

	/** What {@code whoami} answers. */
	public record Invocation(String requestId, String functionName, String vendor, long remainingMillis) {
	}

}
