package io.github.fnspring.console;

import java.time.Instant;

import io.github.fnspring.core.ExecutionSummary;

/**
 * One invocation the console made, as it shows it and keeps it in the run's history.
 *
 * @param cloud the platform whose local transport carried it
 * @param trigger the trigger whose sample the event started from
 * @param event the event sent
 * @param status the transport's HTTP status: 200 for an answer, else the platform's error status
 * @param success whether the function answered rather than failed
 * @param output what the platform received: the answer, or its error body
 * @param outputTruncated whether {@code output} was cut at {@value LocalConsole#MAX_OUTPUT_CHARS} characters
 * @param summary the execution summary
 * @param logs the invocation's log lines, at most the last 4 KB
 */
record ConsoleInvocation(Instant at, String function, String cloud, String trigger, String event, int status,
		boolean success, String output, boolean outputTruncated, ExecutionSummary summary, String logs) {
}
