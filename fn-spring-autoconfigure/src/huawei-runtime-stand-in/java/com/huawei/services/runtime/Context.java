package com.huawei.services.runtime;

/**
 * Stand-in for FunctionGraph's runtime {@code Context}, with the documented signatures, so
 * that fn-spring compiles without Huawei's unpublished runtime jar. It is never shipped:
 * on FunctionGraph the runtime provides the real interface.
 */
public interface Context {

	String getRequestID();

	int getRemainingTimeInMilliSeconds();

	@Deprecated
	String getAccessKey();

	@Deprecated
	String getSecretKey();

	String getSecurityAccessKey();

	String getSecuritySecretKey();

	String getSecurityToken();

	String getUserData(String key);

	String getFunctionName();

	int getRunningTimeInSeconds();

	String getVersion();

	int getMemorySize();

	int getCPUNumber();

	String getProjectID();

	String getPackage();

	String getToken();

	RuntimeLogger getLogger();

	String getAlias();

}
