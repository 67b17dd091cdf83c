package io.github.fnspring.huawei;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.huawei.services.runtime.Context;
import com.huawei.services.runtime.RuntimeLogger;

/** A FunctionGraph runtime {@link Context} for tests, as the built-in runtime passes it. */
public final class TestRuntimeContext implements Context {

	private final String requestId;

	private final String functionName;

	private final String accessKey;

	private final Map<String, String> userData;

	/** Every line written through {@link #getLogger()}, prefixed with its level. */
	public final List<String> logLines = Collections.synchronizedList(new ArrayList<>());

	public TestRuntimeContext(String requestId, String functionName, String accessKey, Map<String, String> userData) {
		this.requestId = requestId;
		this.functionName = functionName;
		this.accessKey = accessKey;
		this.userData = Map.copyOf(userData);
	}

	@Override
	public String getRequestID() {
		return this.requestId;
	}

	@Override
	public int getRemainingTimeInMilliSeconds() {
		return 29_000;
	}

	@Override
	@Deprecated
	public String getAccessKey() {
		return "permanent-access-key";
	}

	@Override
	@Deprecated
	public String getSecretKey() {
		return "permanent-secret-key";
	}

	@Override
	public String getSecurityAccessKey() {
		return this.accessKey;
	}

	@Override
	public String getSecuritySecretKey() {
		return "SK-" + this.requestId;
	}

	@Override
	public String getSecurityToken() {
		return "TOKEN-" + this.requestId;
	}

	@Override
	public String getUserData(String key) {
		return this.userData.get(key);
	}

	@Override
	public String getFunctionName() {
		return this.functionName;
	}

	@Override
	public int getRunningTimeInSeconds() {
		return 30;
	}

	@Override
	public String getVersion() {
		return "latest";
	}

	@Override
	public int getMemorySize() {
		return 256;
	}

	@Override
	public int getCPUNumber() {
		return 1;
	}

	@Override
	public String getProjectID() {
		return "project-1";
	}

	@Override
	public String getPackage() {
		return "default";
	}

	@Override
	public String getToken() {
		return "iam-token";
	}

	@Override
	public RuntimeLogger getLogger() {
		return new RuntimeLogger() {
			@Override
			public void log(String message) {
				TestRuntimeContext.this.logLines.add("LOG " + message);
			}

			@Override
			public void debug(String message) {
				TestRuntimeContext.this.logLines.add("DEBUG " + message);
			}

			@Override
			public void info(String message) {
				TestRuntimeContext.this.logLines.add("INFO " + message);
			}

			@Override
			public void warn(String message) {
				TestRuntimeContext.this.logLines.add("WARN " + message);
			}

			@Override
			public void error(String message) {
				TestRuntimeContext.this.logLines.add("ERROR " + message);
			}

			@Override
			public void setLevel(String level) {
			}
		};
	}

	@Override
	public String getAlias() {
		return "";
	}

}
