package com.huawei.services.runtime;

/**
 * Stand-in for FunctionGraph's {@code RuntimeLogger}, with the documented signatures; never
 * shipped. The runtime prints each line as {@code <time> <requestId> <message>}.
 */
public interface RuntimeLogger {

	void log(String message);

	void debug(String message);

	void info(String message);

	void warn(String message);

	void error(String message);

	void setLevel(String level);

}
