package io.github.fnspring.contract;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.fnspring.acme.AcmeDriver;
import io.github.fnspring.contract.TransportDriver.Invocation;
import io.github.fnspring.platform.FnTransport;
import io.github.fnspring.platform.RuntimeApiTransport;
import io.github.fnspring.runtime.LocalRuntimeApi;
import io.github.fnspring.testsupport.TestApplications;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One local run serving four platforms at once ({@code fn.local.platforms}): FC's protocol,
 * SCF's and FunctionGraph's custom runtimes against their local Runtime APIs, and the test-only
 * Acme platform, each on its own port, each reading its own context from its own protocol.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeveralPlatformsInOneRunTest {

	private static final JsonMapper json = JsonMapper.shared();

	private ConfigurableApplicationContext context;

	@BeforeAll
	void start() {
		this.context = TestApplications.start(ContractFunctions.class, "fn.local.platforms=tencent,huawei,acme",
				"spring.cloud.function.definition=uppercase");
	}

	@AfterAll
	void stop() {
		this.context.close();
	}

	private int port(String platform) {
		return this.context.getEnvironment().getRequiredProperty("local.fn." + platform + ".port", Integer.class);
	}

	private LocalRuntimeApi localRuntimeApi(String platform) {
		return this.context.getBeanProvider(FnTransport.class)
			.stream()
			.filter((transport) -> transport.platform().equals(platform))
			.map(RuntimeApiTransport.class::cast)
			.findFirst()
			.flatMap(RuntimeApiTransport::localRuntimeApi)
			.orElseThrow();
	}

	@Test
	void eachPlatformHasATransportOnItsOwnPort() {
		List<Integer> ports = List.of(port("aliyun"), port("tencent"), port("huawei"), port("acme"));
		assertThat(ports).doesNotHaveDuplicates();
		assertThat(this.context.getEnvironment().getProperty("local.fn.port", Integer.class)).isEqualTo(port("aliyun"));
		assertThat(this.context.getBeanProvider(FnTransport.class).stream().map(FnTransport::platform))
			.containsExactlyInAnyOrder("aliyun", "tencent", "huawei", "acme");
	}

	@Test
	void eachPlatformServesThroughItsOwnProtocolWithItsOwnContext() throws Exception {
		List<TransportDriver> drivers = List.of(new FcDriver(port("aliyun"), "LOCAL"),
				new ScfRuntimeDriver(localRuntimeApi("tencent")), new FgRuntimeDriver(localRuntimeApi("huawei")),
				new AcmeDriver(port("acme")));
		for (TransportDriver driver : drivers) {
			String requestId = "req-" + driver.expectedPlatform();
			assertThat(new String(driver.successPayload(driver.invoke(Invocation.of("uppercase", requestId, "hi")))))
				.isEqualTo("HI");
			JsonNode view = json.readTree(driver.successPayload(driver.invoke(Invocation.of("context", requestId, "{}"))));
			assertThat(view.path("requestId").asString()).isEqualTo(requestId);
			assertThat(view.path("platform").asString()).isEqualTo(driver.expectedPlatform());
			assertThat(view.path("vendor").asString()).as("a local run").isEqualTo("LOCAL");
		}
	}

	@Test
	void eachPlatformAnswersAFailureInItsOwnShape() throws Exception {
		for (TransportDriver driver : List.of(new FcDriver(port("aliyun"), "LOCAL"),
				new ScfRuntimeDriver(localRuntimeApi("tencent")), new FgRuntimeDriver(localRuntimeApi("huawei")),
				new AcmeDriver(port("acme")))) {
			driver.assertFailure(driver.invoke(Invocation.of("fail", "req-fail-" + driver.expectedPlatform(), "x")),
					IllegalArgumentException.class.getName(), "contract failure for x");
		}
	}

}
