package io.github.fnspring.contract;

import java.util.Map;

import io.github.fnspring.runtime.LocalRuntimeApi;

/** Drives FunctionGraph's custom runtime: events with their credentials on a Runtime API the app polls. */
public class FgRuntimeDriver extends FunctionGraphDriver {

	private final LocalRuntimeApi runtimeApi;

	public FgRuntimeDriver(LocalRuntimeApi runtimeApi) {
		this.runtimeApi = runtimeApi;
	}

	@Override
	public Reply invoke(Invocation invocation) throws Exception {
		return RuntimeApiEvents.submit(this.runtimeApi, invocation,
				Map.of(LocalRuntimeApi.FUNCTION_HEADER, invocation.function(), "X-CFF-Access-Key",
						invocation.accessKeyId(), "X-CFF-Secret-Key", "SK-" + invocation.requestId(),
						"X-CFF-Security-Token", "TOKEN-" + invocation.requestId()));
	}

	@Override
	public int concurrency() {
		return 1;
	}

}
