package io.github.fnspring.demoweb;

import java.util.Map;

import io.github.fnspring.Vendor;

/** Each platform whose HTTP mode shares a web application's server: its environment and headers. */
public enum PlatformUnderTest {

	/** A local run, which speaks FC's protocol. */
	LOCAL(Map.of(), Vendor.ALIYUN, "aliyun", "x-fc-request-id", "/invoke", "x-fc-access-key-secret"),

	/** An FC custom runtime or custom container. */
	FUNCTION_COMPUTE(Map.of("FC_FUNCTION_NAME", "demo-web", "FC_REGION", "cn-hangzhou"), Vendor.ALIYUN, "aliyun", "x-fc-request-id",
			"/invoke", "x-fc-access-key-secret"),

	/** An SCF web function or image function. */
	SCF_WEB_FUNCTION(Map.of("SCF_FUNCTIONNAME", "demo-web", "TENCENTCLOUD_REGION", "ap-guangzhou"), Vendor.TENCENT,
			"tencent",
			"X-Scf-Request-Id", "/event-invoke", "X-Scf-Secret-Key"),

	/** A FunctionGraph HTTP function or container image. */
	FUNCTION_GRAPH_HTTP(Map.of("RUNTIME_FUNC_NAME", "demo-web", "RUNTIME_PROJECT_ID", "p-1"), Vendor.HUAWEI,
			"huawei",
			"X-CFF-Request-Id", "/invoke", "X-CFF-Security-Secret-Key");

	private final Map<String, Object> environment;

	private final Vendor vendor;

	private final String platform;

	private final String requestIdHeader;

	private final String eventPath;

	private final String credentialHeader;

	PlatformUnderTest(Map<String, Object> environment, Vendor vendor, String platform, String requestIdHeader, String eventPath,
			String credentialHeader) {
		this.environment = environment;
		this.vendor = vendor;
		this.platform = platform;
		this.requestIdHeader = requestIdHeader;
		this.eventPath = eventPath;
		this.credentialHeader = credentialHeader;
	}

	/** The platform's environment, which selects its HTTP mode. */
	public Map<String, Object> environment() {
		return this.environment;
	}

	/** The cloud whose events the platform sends. */
	public Vendor vendor() {
		return this.vendor;
	}

	/** The id of the platform whose protocol shares the server. */
	public String platform() {
		return this.platform;
	}

	/** The header the platform sends each request's id in. */
	public String requestIdHeader() {
		return this.requestIdHeader;
	}

	/** Where the platform sends events. */
	public String eventPath() {
		return this.eventPath;
	}

	/** A header the platform carries credentials in. */
	public String credentialHeader() {
		return this.credentialHeader;
	}

}
