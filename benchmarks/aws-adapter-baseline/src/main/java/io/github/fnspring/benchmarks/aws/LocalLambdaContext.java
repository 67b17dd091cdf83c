package io.github.fnspring.benchmarks.aws;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/**
 * The invocation context Lambda would pass, with the values the other targets of the
 * cold-start benchmark get from their clouds.
 */
final class LocalLambdaContext implements Context {

	private final String requestId = UUID.randomUUID().toString();

	private final String functionName;

	private final int memoryMb;

	private final int timeoutMillis;

	LocalLambdaContext(String functionName, int memoryMb, int timeoutMillis) {
		this.functionName = functionName;
		this.memoryMb = memoryMb;
		this.timeoutMillis = timeoutMillis;
	}

	@Override
	public String getAwsRequestId() {
		return this.requestId;
	}

	@Override
	public String getLogGroupName() {
		return "/aws/lambda/" + this.functionName;
	}

	@Override
	public String getLogStreamName() {
		return "local";
	}

	@Override
	public String getFunctionName() {
		return this.functionName;
	}

	@Override
	public String getFunctionVersion() {
		return "$LATEST";
	}

	@Override
	public String getInvokedFunctionArn() {
		return "arn:aws:lambda:local:000000000000:function:" + this.functionName;
	}

	@Override
	public CognitoIdentity getIdentity() {
		return null;
	}

	@Override
	public ClientContext getClientContext() {
		return null;
	}

	@Override
	public int getRemainingTimeInMillis() {
		return this.timeoutMillis;
	}

	@Override
	public int getMemoryLimitInMB() {
		return this.memoryMb;
	}

	@Override
	public LambdaLogger getLogger() {
		return new LambdaLogger() {

			@Override
			public void log(String message) {
				System.err.println(message);
			}

			@Override
			public void log(byte[] message) {
				log(new String(message, StandardCharsets.UTF_8));
			}

		};
	}

}
