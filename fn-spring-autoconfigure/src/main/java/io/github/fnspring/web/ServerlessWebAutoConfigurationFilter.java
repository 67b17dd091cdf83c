package io.github.fnspring.web;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;

/**
 * Leaves Spring Cloud Function's serverless-web auto-configuration out: it would make every
 * servlet application portless, where fn-spring chooses per mode when the application starts
 * ({@link EventModeServletServer}).
 */
final class ServerlessWebAutoConfigurationFilter implements AutoConfigurationImportFilter {

	static final String SERVERLESS_WEB = "org.springframework.cloud.function.serverless.web.ServerlessAutoConfiguration";

	@Override
	public boolean[] match(@Nullable String[] autoConfigurationClasses,
			AutoConfigurationMetadata autoConfigurationMetadata) {
		boolean[] matches = new boolean[autoConfigurationClasses.length];
		for (int i = 0; i < autoConfigurationClasses.length; i++) {
			matches[i] = !SERVERLESS_WEB.equals(autoConfigurationClasses[i]);
		}
		return matches;
	}

}
