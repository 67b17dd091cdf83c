package io.github.fnspring.aliyun;

import java.util.Map;
import java.util.OptionalInt;

import org.springframework.core.env.Environment;

import io.github.fnspring.FnContext;
import io.github.fnspring.Vendor;
import io.github.fnspring.platform.EnvironmentDetectedPlatform;
import io.github.fnspring.platform.PlatformEventTranslator;

/**
 * Alibaba Cloud Function Compute: detected by {@code FC_FUNCTION_NAME} or
 * {@code FC_CUSTOM_LISTEN_PORT}, logs in FC's recommended line
 * {@code <UTC time> <requestId> [<LEVEL>] <message>}.
 */
final class AliyunPlatform extends EnvironmentDetectedPlatform {

	/** The platform's id. */
	static final String ID = "aliyun";

	static final String CONSOLE_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSS,UTC} %X{" + FnContext.MDC_REQUEST_ID
			+ ":-} [%level] %msg%n";

	AliyunPlatform() {
		super(ID, Vendor.ALIYUN, "FC_FUNCTION_NAME", "FC_FUNCTION_NAME", "FC_CUSTOM_LISTEN_PORT");
	}

	@Override
	public Map<String, Object> loggingDefaults() {
		return Map.of("logging.pattern.console", CONSOLE_PATTERN);
	}

	/** {@code FC_CUSTOM_LISTEN_PORT}, else 9000. */
	@Override
	public OptionalInt httpPort(Environment environment) {
		return OptionalInt.of(environment.getProperty("FC_CUSTOM_LISTEN_PORT", Integer.class,
				AliyunFcAutoConfiguration.FC_DEFAULT_PORT));
	}

	@Override
	public PlatformEventTranslator eventTranslator() {
		return new FcEventTranslator();
	}

	@Override
	public Class<?> configuration() {
		return AliyunFcAutoConfiguration.class;
	}

}
