package io.github.fnspring.benchmarks.aws;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.springframework.cloud.function.adapter.aws.FunctionInvoker;

/**
 * Does what Lambda's Java runtime does with the adapter's handler: creates
 * {@link FunctionInvoker} (which starts the application from the jar's {@code Start-Class})
 * and hands it one event, here read from stdin, with the result written to stdout.
 */
public final class AwsAdapterMain {

	private AwsAdapterMain() {
	}

	public static void main(String[] args) throws IOException {
		FunctionInvoker invoker = new FunctionInvoker();
		byte[] event = System.in.readAllBytes();
		invoker.handleRequest(new ByteArrayInputStream(event), System.out, new LocalLambdaContext("order", 128, 30_000));
		System.out.println();
		System.out.flush();
	}

}
