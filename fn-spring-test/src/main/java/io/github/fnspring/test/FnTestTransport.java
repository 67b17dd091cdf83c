package io.github.fnspring.test;

import org.jspecify.annotations.Nullable;

import io.github.fnspring.Vendor;

/**
 * Every way the three clouds run an application, which {@link FnTestClient} can send an
 * invocation through: each mode's real transport, in the test's own application.
 */
public enum FnTestTransport {

	/**
	 * Function Compute's custom runtime and custom container protocol: events as
	 * {@code POST /invoke}, HTTP requests on every other path, with FC's {@code x-fc-*} headers.
	 */
	FC_HTTP(Vendor.ALIYUN, "aliyun", null, true),

	/** An SCF custom runtime: events handed out by the Runtime API that its loop polls. */
	SCF_CUSTOM_RUNTIME(Vendor.TENCENT, "tencent", "runtime", false),

	/**
	 * An SCF web function or image function: HTTP requests as they come (web functions), events
	 * as {@code POST /event-invoke} (image functions), with SCF's {@code X-Scf-*} headers.
	 */
	SCF_WEB_FUNCTION(Vendor.TENCENT, "tencent", "web", true),

	/** FunctionGraph's built-in Java runtime, calling {@code FunctionGraphHandler.handleRequest}. */
	FG_BUILT_IN_RUNTIME(Vendor.HUAWEI, "huawei", "handler", false),

	/** A FunctionGraph custom runtime: events handed out by the Runtime API that its loop polls. */
	FG_CUSTOM_RUNTIME(Vendor.HUAWEI, "huawei", "runtime", false),

	/**
	 * A FunctionGraph HTTP function or container image: events as {@code POST /invoke}, HTTP
	 * requests on every other path, with FunctionGraph's {@code X-CFF-*} headers.
	 */
	FG_HTTP_FUNCTION(Vendor.HUAWEI, "huawei", "http", true);

	private final Vendor vendor;

	private final String platform;

	private final @Nullable String mode;

	private final boolean servesHttpRequests;

	FnTestTransport(Vendor vendor, String platform, @Nullable String mode,
			boolean servesHttpRequests) {
		this.vendor = vendor;
		this.platform = platform;
		this.mode = mode;
		this.servesHttpRequests = servesHttpRequests;
	}

	/**
	 * The transport of each cloud's event path: FC's {@code /invoke}, SCF's custom runtime and
	 * FunctionGraph's built-in runtime.
	 * @throws IllegalArgumentException for {@link Vendor#LOCAL}, which is no cloud
	 */
	public static FnTestTransport eventPathOf(Vendor vendor) {
		return switch (vendor) {
			case ALIYUN -> FC_HTTP;
			case TENCENT -> SCF_CUSTOM_RUNTIME;
			case HUAWEI -> FG_BUILT_IN_RUNTIME;
			case LOCAL -> throw new IllegalArgumentException("A local run is no cloud: choose ALIYUN, TENCENT or HUAWEI");
		};
	}

	/** The cloud. */
	public Vendor vendor() {
		return this.vendor;
	}

	/** The id of the platform, as {@code fn.vendor} names it. */
	public String platform() {
		return this.platform;
	}

	/** The mode, as {@code fn.<platform>.mode} names it; none for a platform with one mode. */
	@Nullable String mode() {
		return this.mode;
	}

	/** Whether the platform sends plain HTTP requests to the application this way. */
	public boolean servesHttpRequests() {
		return this.servesHttpRequests;
	}

}
