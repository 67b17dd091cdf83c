package io.github.fnspring.tencent;

import com.qcloud.scf.runtime.Context;

import io.github.fnspring.FnContext;

/**
 * SCF's SDK {@link Context} over an invocation's {@link FnContext}, so code written for
 * {@code scf-java-events} keeps working. Only loaded when that jar is on the class path.
 */
final class ScfSdkContext implements Context {

	private final FnContext context;

	ScfSdkContext(FnContext context) {
		this.context = context;
	}

	@Override
	public String getRequestId() {
		return this.context.requestId();
	}

	@Override
	public int getTimeLimitInMs() {
		return (int) this.context.timeout().toMillis();
	}

	@Override
	public int getMemoryLimitInMb() {
		return this.context.memoryLimitMb();
	}

	@Override
	public String toString() {
		return "ScfSdkContext[requestId=" + this.context.requestId() + "]";
	}

}
