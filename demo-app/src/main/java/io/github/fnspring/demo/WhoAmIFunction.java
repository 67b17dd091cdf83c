package io.github.fnspring.demo;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import io.github.fnspring.FnContext;
import io.github.fnspring.ServerlessFunction;

/**
 * Uses the injected {@link FnContext}: a singleton whose context is always that of the
 * invocation running on the calling thread.
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
		this.context.logger().info("whoami called on {}", this.context.vendor());
		return new Invocation(this.context.requestId(), this.context.remainingTime().toMillis(),
				this.context.functionName(), this.context.vendor().name(), this.context.memoryLimitMb());
	}

	/** What {@code whoami} answers. */
	public record Invocation(String requestId, long remainingMillis, String functionName, String vendor,
			int memoryLimitMb) {
	}

}
