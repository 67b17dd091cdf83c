package io.github.fnspring.aliyun;

import java.util.Map;
import java.util.Optional;

import org.springframework.core.env.Environment;

import io.github.fnspring.FnContext;
import io.github.fnspring.Vendor;
import io.github.fnspring.platform.FnPlatform;

/**
 * Alibaba Cloud Function Compute: detected by {@code FC_FUNCTION_NAME} or
 * {@code FC_CUSTOM_LISTEN_PORT}, logs in FC's recommended line
 * {@code <UTC time> <requestId> [<LEVEL>] <message>}.
 */
public final class AliyunPlatform implements FnPlatform {

	/** The platform's id. */
	public static final String ID = "aliyun";

	static final String CONSOLE_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSS,UTC} %X{" + FnContext.MDC_REQUEST_ID
			+ ":-} [%level] %msg%n";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public Vendor vendor() {
		return Vendor.ALIYUN;
	}

	@Override
	public boolean isDetected(Environment environment) {
		return environment.containsProperty("FC_FUNCTION_NAME") || environment.containsProperty("FC_CUSTOM_LISTEN_PORT");
	}

	@Override
	public Optional<String> functionName(Environment environment) {
		return Optional.ofNullable(environment.getProperty("FC_FUNCTION_NAME"));
	}

	@Override
	public Map<String, Object> loggingDefaults() {
		return Map.of("logging.pattern.console", CONSOLE_PATTERN);
	}

	@Override
	public Class<?> configuration() {
		return AliyunFcAutoConfiguration.class;
	}

}
