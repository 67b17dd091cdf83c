package io.github.fnspring.contract;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.fnspring.contract.TransportDriver.Invocation;
import io.github.fnspring.contract.TransportDriver.Reply;
import io.github.fnspring.runtime.LocalRuntimeApi;

/** Queues an event on a Runtime API the app polls and waits for its answer, as a custom runtime's platform does. */
final class RuntimeApiEvents {

	private RuntimeApiEvents() {
	}

	/** 200 when the app posted a response, 500 when it posted an error. */
	static Reply submit(LocalRuntimeApi runtimeApi, Invocation invocation, Map<String, String> headers)
			throws Exception {
		LocalRuntimeApi.Answer answer = runtimeApi.submit(invocation.requestId(), invocation.body(), headers)
			.answer()
			.get(60, TimeUnit.SECONDS);
		return new Reply(answer.success() ? 200 : 500, Map.of(), answer.body());
	}

}
