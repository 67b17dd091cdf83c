package io.github.fnspring.autoconfigure;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import io.github.fnspring.FnContext;
import io.github.fnspring.Vendor;

/**
 * Puts the request id on every log line by default: on FC in FC's recommended format
 * {@code <UTC time> <requestId> [<LEVEL>] <message>}; on SCF and FunctionGraph, which
 * prescribe no format for stdout, and locally through Boot's correlation pattern. A pattern the user configured always wins.
 */
public class FnLoggingEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String FC_CONSOLE_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSS,UTC} %X{" + FnContext.MDC_REQUEST_ID
			+ ":-} [%level] %msg%n";

	static final String LOCAL_CORRELATION_PATTERN = "[%X{" + FnContext.MDC_REQUEST_ID + ":-}] ";

	private static final String PROPERTY_SOURCE = "fnLoggingDefaults";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> defaults = new HashMap<>();
		Vendor vendor = VendorDetection.resolve(environment);
		if (vendor == Vendor.ALIYUN && !environment.containsProperty("logging.pattern.console")) {
			defaults.put("logging.pattern.console", FC_CONSOLE_PATTERN);
		}
		if ((vendor == Vendor.LOCAL || vendor == Vendor.TENCENT || vendor == Vendor.HUAWEI)
				&& !environment.containsProperty("logging.pattern.correlation")) {
			defaults.put("logging.pattern.correlation", LOCAL_CORRELATION_PATTERN);
		}
		if (!defaults.isEmpty()) {
			environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE, defaults));
		}
	}

}
