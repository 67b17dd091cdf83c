package io.github.fnspring.maven;

import java.util.Arrays;
import java.util.Optional;

/**
 * Alibaba FC's official Java layers for custom runtimes. FC mounts a layer under {@code /opt},
 * so each installs Java in a fixed home; the layer {@code s.yaml} names is the one whose home
 * is the configured Java home.
 */
enum FcJavaLayer {

	/** {@code acs:fc:<region>:official:layers/Java17/versions/3}, Java in {@code /opt/java17}. */
	JAVA_17("Java17", 3, "/opt/java17"),

	/** {@code acs:fc:<region>:official:layers/Java21/versions/2}, Java in {@code /opt/java21}. */
	JAVA_21("Java21", 2, "/opt/java21");

	private final String layerName;

	private final int version;

	private final String javaHome;

	FcJavaLayer(String layerName, int version, String javaHome) {
		this.layerName = layerName;
		this.version = version;
		this.javaHome = javaHome;
	}

	/** The layer's name in its ARN, such as {@code Java17}. */
	String layerName() {
		return this.layerName;
	}

	int version() {
		return this.version;
	}

	/** Where the layer installs Java on the target. */
	String javaHome() {
		return this.javaHome;
	}

	/**
	 * @return the layer that installs Java in {@code javaHome} (trailing slashes ignored), or
	 * empty when none does: Java then has to come from elsewhere
	 */
	static Optional<FcJavaLayer> forJavaHome(String javaHome) {
		if (javaHome == null) {
			return Optional.empty();
		}
		String home = javaHome.trim();
		while (home.length() > 1 && home.endsWith("/")) {
			home = home.substring(0, home.length() - 1);
		}
		String wanted = home;
		return Arrays.stream(values()).filter((layer) -> layer.javaHome.equals(wanted)).findFirst();
	}

}
