package io.github.fnspring.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.core.env.Environment;
import org.springframework.core.io.support.SpringFactoriesLoader;

import io.github.fnspring.FnContext;
import io.github.fnspring.Vendor;

/**
 * Which platform the process serves and where it runs, decided here and nowhere else.
 *
 * <p><b>Which platform:</b> {@code fn.vendor} when set to a platform's id, else the platform
 * whose environment is detected, else {@code aliyun}: a local run speaks Function Compute's
 * protocol unless told otherwise ({@code fn.vendor=local} says the same explicitly).
 * <b>Where:</b> in a cloud when any platform's environment is detected or a platform started
 * the process ({@link FnPlatform#startedTheProcess}); {@code fn.vendor} chooses the protocol,
 * not where it runs. <b>Which transports:</b> in a cloud only the chosen platform's; a local
 * run serves the platforms listed in {@code fn.local.platforms}, each on its own port, or the
 * chosen one alone.
 *
 * @param platform the platform whose protocol is spoken (the first served one)
 * @param inCloud whether the process runs on a cloud rather than locally
 * @param served the platforms whose transports run, {@code platform} first
 */
public record PlatformChoice(FnPlatform platform, boolean inCloud, List<FnPlatform> served) {

	/** The local default: Function Compute's protocol. */
	public static final String DEFAULT_LOCAL_PLATFORM = "aliyun";

	/** Spring Boot's correlation pattern property. */
	public static final String CORRELATION_PATTERN_PROPERTY = "logging.pattern.correlation";

	/** Puts the request id in Spring Boot's correlation pattern, ahead of each message. */
	public static final String REQUEST_ID_CORRELATION = "[%X{" + FnContext.MDC_REQUEST_ID + ":-}] ";

	private static final String VENDOR_PROPERTY = "fn.vendor";

	private static final String LOCAL_PLATFORMS_PROPERTY = "fn.local.platforms";

	/** Set by Spring's AOT processor while it builds a package's generated code. */
	private static final String AOT_PROCESSING_PROPERTY = "spring.aot.processing";

	private static final String AUTO = "auto";

	private static final String LOCAL = "local";

	public PlatformChoice {
		served = List.copyOf(served);
	}

	/** The choice for an environment, among the platforms registered on the class path. */
	public static PlatformChoice of(Environment environment) {
		return of(environment, registered(null));
	}

	/** The choice for an environment among the given platforms. */
	public static PlatformChoice of(Environment environment, List<FnPlatform> platforms) {
		Binder binder = Binder.get(environment);
		boolean inCloud = platforms.stream()
			.anyMatch((candidate) -> candidate.isDetected(environment) || candidate.startedTheProcess(environment));
		String vendor = binder.bind(VENDOR_PROPERTY, String.class).orElse(AUTO).trim().toLowerCase(Locale.ROOT);
		FnPlatform platform = switch (vendor) {
			case AUTO -> platforms.stream()
				.filter((candidate) -> candidate.isDetected(environment) || candidate.startedTheProcess(environment))
				.findFirst()
				.orElseGet(() -> named(platforms, DEFAULT_LOCAL_PLATFORM, VENDOR_PROPERTY));
			case LOCAL -> named(platforms, DEFAULT_LOCAL_PLATFORM, VENDOR_PROPERTY);
			default -> named(platforms, vendor, VENDOR_PROPERTY);
		};
		List<FnPlatform> served = new ArrayList<>();
		served.add(platform);
		// A package is built for one cloud: an AOT build must not freeze a local run's extras into it
		boolean aotBuild = environment.getProperty(AOT_PROCESSING_PROPERTY, Boolean.class, false);
		if (!inCloud && !aotBuild) {
			for (String id : binder.bind(LOCAL_PLATFORMS_PROPERTY, Bindable.listOf(String.class)).orElse(List.of())) {
				if (id.isBlank()) {
					continue;
				}
				FnPlatform extra = named(platforms, id.trim().toLowerCase(Locale.ROOT), LOCAL_PLATFORMS_PROPERTY);
				if (!served.contains(extra)) {
					served.add(extra);
				}
			}
		}
		return new PlatformChoice(platform, inCloud, served);
	}

	/** The platforms registered in {@code META-INF/spring.factories}. */
	public static List<FnPlatform> registered(@Nullable ClassLoader classLoader) {
		return SpringFactoriesLoader.forDefaultResourceLocation(classLoader).load(FnPlatform.class);
	}

	private static FnPlatform named(List<FnPlatform> platforms, String id, String property) {
		return platforms.stream()
			.filter((candidate) -> candidate.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new InvalidConfigurationPropertyValueException(property, id,
					"No platform of that id is on the class path; known: " + known(platforms, property)));
	}

	private static String known(List<FnPlatform> platforms, String property) {
		String ids = String.join(", ", platforms.stream().map(FnPlatform::id).toList());
		return property.equals(VENDOR_PROPERTY) ? AUTO + ", " + LOCAL + ", " + ids : ids;
	}

	/** What contexts report as their vendor: the platform's in its cloud, {@link Vendor#LOCAL} in a local run. */
	public Vendor vendor() {
		return this.inCloud ? this.platform.vendor() : Vendor.LOCAL;
	}

	/** Whether the platform of this id is one whose transports run. */
	public boolean serves(String id) {
		return this.served.stream().anyMatch((candidate) -> candidate.id().equals(id));
	}

	/** The position of the platform among those served: its offset from the base port. */
	public int position(String id) {
		for (int i = 0; i < this.served.size(); i++) {
			if (this.served.get(i).id().equals(id)) {
				return i;
			}
		}
		throw new IllegalArgumentException("Platform '" + id + "' is not served");
	}

	/** The cloud function's name as the chosen platform's environment gives it. */
	public Optional<String> platformFunctionName(Environment environment) {
		return this.platform.functionName(environment);
	}

}
