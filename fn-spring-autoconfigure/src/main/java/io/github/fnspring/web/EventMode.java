package io.github.fnspring.web;

import org.springframework.core.env.Environment;

import io.github.fnspring.platform.PlatformChoice;

/**
 * Whether a web application runs in a cloud's event mode: in a cloud whose platform, in the
 * mode its environment selects, hands over events rather than sending HTTP (an SCF or
 * FunctionGraph custom runtime, FunctionGraph's built-in runtime). There it opens no port and
 * serves HTTP-trigger events in process.
 */
final class EventMode {

	private EventMode() {
	}

	static boolean of(Environment environment) {
		PlatformChoice choice = PlatformChoice.of(environment);
		return choice.inCloud() && !choice.platform().servesHttp(environment);
	}

}
