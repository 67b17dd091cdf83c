package io.github.fnspring.platform;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.springframework.core.env.Environment;

import io.github.fnspring.FnContext;
import io.github.fnspring.Vendor;

/**
 * A serverless platform fn-spring serves: how to recognise its environment, what it calls the
 * function, how it wants log lines, and the auto-configuration that wires its transports.
 * Each platform owns its own detection, as Spring Boot's {@code CloudPlatform} constants do.
 *
 * <p>Implementations are registered in {@code META-INF/spring.factories} under this interface's
 * name, one line per platform; that line and the platform's own package are all a new platform
 * needs. Implementations are created before the application context exists (logging defaults
 * are chosen from them), so they must be cheap and must not touch a vendor SDK's classes.
 */
public interface FnPlatform {

	/**
	 * The platform's id: the value of {@code fn.vendor} that chooses it, the prefix of its own
	 * properties ({@code fn.<id>.*}) and what {@link FnContext#platform()} reports, such as
	 * {@code aliyun}.
	 */
	String id();

	/**
	 * What {@link FnContext#vendor()} reports in this platform's cloud: its {@link Vendor}, or
	 * {@link Vendor#LOCAL} for a platform that is none of the clouds fn-spring ships (its
	 * contexts name it in {@link FnContext#platform()}). A local run always reports
	 * {@link Vendor#LOCAL}.
	 */
	Vendor vendor();

	/** Whether the process runs in this platform's environment: its variables are present. */
	boolean isDetected(Environment environment);

	/**
	 * Whether this platform started the process itself without an environment of its own to
	 * detect, as FunctionGraph's built-in runtime does through its handler class.
	 */
	default boolean startedTheProcess(Environment environment) {
		return false;
	}

	/**
	 * The port the platform sends HTTP to, in its cloud, for a mode that is an HTTP server
	 * (a web application's own server takes it); none for a platform that sends none.
	 */
	default OptionalInt httpPort(Environment environment) {
		return OptionalInt.empty();
	}

	/**
	 * Whether the platform, in the mode its environment selects, sends HTTP to a server of the
	 * application's (an HTTP mode), rather than events it hands over itself (a Runtime API, an
	 * entry point of its own): in an event mode, a web application opens no port and serves
	 * HTTP-trigger events in process.
	 */
	default boolean servesHttp(Environment environment) {
		return true;
	}

	/** The cloud function's name as the platform's environment gives it. */
	Optional<String> functionName(Environment environment);

	/**
	 * The logging properties this platform wants in its cloud, applied unless the application
	 * set them; a local run uses Spring Boot's correlation pattern instead.
	 */
	default Map<String, Object> loggingDefaults() {
		return Map.of(PlatformChoice.CORRELATION_PATTERN_PROPERTY, PlatformChoice.REQUEST_ID_CORRELATION);
	}

	/**
	 * Tells the platform that the application failed to start, where the platform has a way
	 * to hear it (SCF's Runtime API): it then shows the cause at once instead of waiting for its
	 * initialization timeout. Nothing by default.
	 */
	default void reportFailedStart(Throwable failure, Environment environment) {
	}

	/**
	 * A new translator of the platform's events into the portable event types, which the
	 * application's own {@code EventTranslator} bean replaces.
	 */
	PlatformEventTranslator eventTranslator();

	/**
	 * The {@code @AutoConfiguration} class that wires the platform, annotated
	 * {@link ConditionalOnPlatform} with this platform's id.
	 */
	Class<?> configuration();

}
