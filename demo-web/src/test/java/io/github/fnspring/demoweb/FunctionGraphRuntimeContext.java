package io.github.fnspring.demoweb;

import com.huawei.services.runtime.Context;
import com.huawei.services.runtime.RuntimeLogger;

/** What FunctionGraph's built-in runtime passes a handler: a request's id and the function's user data. */
public record FunctionGraphRuntimeContext(String requestId) implements Context {

	@Override
	public String getRequestID() {
		return this.requestId;
	}

	@Override
	public int getRemainingTimeInMilliSeconds() {
		return 3000;
	}

	@Override
	public String getAccessKey() {
		return "AK";
	}

	@Override
	public String getSecretKey() {
		return "SK";
	}

	@Override
	public String getSecurityAccessKey() {
		return "AK";
	}

	@Override
	public String getSecuritySecretKey() {
		return "SK";
	}

	@Override
	public String getSecurityToken() {
		return "token";
	}

	@Override
	public String getUserData(String key) {
		return "FN_APPLICATION_CLASS".equals(key) ? DemoWebApplication.class.getName() : null;
	}

	@Override
	public String getFunctionName() {
		return "demo-web";
	}

	@Override
	public int getRunningTimeInSeconds() {
		return 3;
	}

	@Override
	public String getVersion() {
		return "latest";
	}

	@Override
	public int getMemorySize() {
		return 512;
	}

	@Override
	public int getCPUNumber() {
		return 1;
	}

	@Override
	public String getProjectID() {
		return "p-1";
	}

	@Override
	public String getPackage() {
		return "default";
	}

	@Override
	public String getToken() {
		return "token";
	}

	@Override
	public RuntimeLogger getLogger() {
		return null;
	}

	@Override
	public String getAlias() {
		return "";
	}

}
