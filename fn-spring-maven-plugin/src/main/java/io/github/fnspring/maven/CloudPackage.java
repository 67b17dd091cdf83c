package io.github.fnspring.maven;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The packages the plugin writes, one per way a cloud runs Java 17+: what the package is
 * called, how it is laid out, and the properties its AOT build is made with (AOT freezes the
 * vendor, so each package gets its own).
 */
enum CloudPackage {

	/** FC custom runtime or custom container: {@code bootstrap} serving HTTP on port 9000. */
	ALIYUN("aliyun", Layout.BOOTSTRAP, List.of("bootstrap"), Map.of("fn.vendor", "aliyun")),

	/** SCF custom runtime or web function: SCF runs {@code bootstrap} or {@code scf_bootstrap}. */
	TENCENT("tencent", Layout.BOOTSTRAP, List.of("bootstrap", "scf_bootstrap"), Map.of("fn.vendor", "tencent")),

	/** FunctionGraph's built-in Java runtime: flat jars, entered through {@code FunctionGraphHandler}. */
	HUAWEI("huawei", Layout.FLAT, List.of(), Map.of("fn.vendor", "huawei", "fn.huawei.mode", "handler")),

	/** FunctionGraph custom runtime or HTTP function: {@code bootstrap}. */
	HUAWEI_CUSTOM("huawei-custom", Layout.BOOTSTRAP, List.of("bootstrap"), Map.of("fn.vendor", "huawei"));

	enum Layout {

		/** {@code app.jar} whose manifest names {@code lib/*.jar}, started by a script. */
		BOOTSTRAP,

		/** Every jar at the root, loaded by the platform's own class loader. */
		FLAT

	}

	private final String id;

	private final Layout layout;

	private final List<String> launchers;

	private final Map<String, String> aotProperties;

	CloudPackage(String id, Layout layout, List<String> launchers, Map<String, String> aotProperties) {
		this.id = id;
		this.layout = layout;
		this.launchers = launchers;
		this.aotProperties = aotProperties;
	}

	String id() {
		return this.id;
	}

	Layout layout() {
		return this.layout;
	}

	/** Script names the platform starts; the same script under each name. */
	List<String> launchers() {
		return this.launchers;
	}

	Map<String, String> aotProperties() {
		return this.aotProperties;
	}

	/**
	 * The largest zip the cloud takes as a direct upload, or 0 when no limit is known:
	 * FunctionGraph's console takes 40 MB, larger code goes through OBS.
	 */
	long uploadLimitBytes() {
		return (this == HUAWEI || this == HUAWEI_CUSTOM) ? 40L * 1024 * 1024 : 0;
	}

	static CloudPackage of(String id) {
		String wanted = id.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter((candidate) -> candidate.id.equals(wanted))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown cloud package '" + id + "'; choose from "
					+ Arrays.stream(values()).map(CloudPackage::id).toList()));
	}

}
