package io.github.fnspring.autoconfigure;

import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;

import io.github.fnspring.platform.FnPlatform;
import io.github.fnspring.platform.PlatformChoice;

/**
 * Hands a failed start to the chosen platform ({@link FnPlatform#reportFailedStart}), so
 * that a platform with a way to hear it learns the cause before the process exits.
 */
final class FailedStartReport implements ApplicationListener<ApplicationFailedEvent> {

	@Override
	public void onApplicationEvent(ApplicationFailedEvent event) {
		ConfigurableApplicationContext context = event.getApplicationContext();
		Environment environment = (context != null) ? context.getEnvironment() : new StandardEnvironment();
		PlatformChoice choice;
		try {
			choice = PlatformChoice.of(environment,
					PlatformChoice.registered(event.getSpringApplication().getClassLoader()));
		}
		catch (RuntimeException ex) {
			// fn.vendor itself is what failed the start: no platform to tell
			return;
		}
		choice.platform().reportFailedStart(event.getException(), environment);
	}

}
