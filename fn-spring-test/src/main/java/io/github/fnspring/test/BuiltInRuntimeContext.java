package io.github.fnspring.test;

import java.time.Instant;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.huawei.services.runtime.Context;
import com.huawei.services.runtime.RuntimeLogger;

import io.github.fnspring.FnCredentials;

/**
 * The runtime context FunctionGraph's built-in Java runtime passes to a handler, for one
 * invocation sent by the kit: its request id, the function's name, its credentials, a
 * deadline, and the function's environment variables as its user data.
 */
final class BuiltInRuntimeContext implements Context {

	private static final Logger logger = LoggerFactory.getLogger("FunctionGraph");

	private final String requestId;

	private final String functionName;

	private final FnCredentials credentials;

	private final Instant deadline;

	private final int memoryMb;

	private final UnaryOperator<@Nullable String> userData;

	BuiltInRuntimeContext(String requestId, String functionName, FnCredentials credentials, Instant deadline,
			int memoryMb, UnaryOperator<@Nullable String> userData) {
		this.requestId = requestId;
		this.functionName = functionName;
		this.credentials = credentials;
		this.deadline = deadline;
		this.memoryMb = memoryMb;
		this.userData = userData;
	}

	@Override
	public String getRequestID() {
		return this.requestId;
	}

	@Override
	public int getRemainingTimeInMilliSeconds() {
		return (int) Math.max(0, this.deadline.toEpochMilli() - System.currentTimeMillis());
	}

	@Override
	@Deprecated
	public String getAccessKey() {
		return this.credentials.accessKeyId();
	}

	@Override
	@Deprecated
	public String getSecretKey() {
		return this.credentials.accessKeySecret();
	}

	@Override
	public String getSecurityAccessKey() {
		return this.credentials.accessKeyId();
	}

	@Override
	public String getSecuritySecretKey() {
		return this.credentials.accessKeySecret();
	}

	@Override
	public @Nullable String getSecurityToken() {
		return this.credentials.securityTokenIfPresent().orElse(null);
	}

	@Override
	public @Nullable String getUserData(String key) {
		return this.userData.apply(key);
	}

	@Override
	public String getFunctionName() {
		return this.functionName;
	}

	@Override
	public int getRunningTimeInSeconds() {
		return (int) Math.max(1, getRemainingTimeInMilliSeconds() / 1000);
	}

	@Override
	public String getVersion() {
		return "latest";
	}

	@Override
	public int getMemorySize() {
		return this.memoryMb;
	}

	@Override
	public int getCPUNumber() {
		return Runtime.getRuntime().availableProcessors();
	}

	@Override
	public String getProjectID() {
		return "test-project";
	}

	@Override
	public String getPackage() {
		return "default";
	}

	@Override
	public @Nullable String getToken() {
		return getSecurityToken();
	}

	@Override
	public RuntimeLogger getLogger() {
		return new RuntimeLogger() {

			@Override
			public void log(String message) {
				logger.info(message);
			}

			@Override
			public void debug(String message) {
				logger.debug(message);
			}

			@Override
			public void info(String message) {
				logger.info(message);
			}

			@Override
			public void warn(String message) {
				logger.warn(message);
			}

			@Override
			public void error(String message) {
				logger.error(message);
			}

			@Override
			public void setLevel(String level) {
				// the test's logging configuration decides
			}

		};
	}

	@Override
	public String getAlias() {
		return "";
	}

}
