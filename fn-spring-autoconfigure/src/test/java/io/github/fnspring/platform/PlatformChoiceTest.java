package io.github.fnspring.platform;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.util.unit.DataSize;

import io.github.fnspring.Vendor;
import io.github.fnspring.core.ProcessExit;
import io.github.fnspring.server.LocalPages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Which platform is served, and where, decided from the environment alone. */
class PlatformChoiceTest {

	private static PlatformChoice choose(MockEnvironment environment) {
		return PlatformChoice.of(environment);
	}

	private static List<String> served(PlatformChoice choice) {
		return choice.served().stream().map(FnPlatform::id).toList();
	}

	@Test
	void aDetectedCloudIsServedAloneWhateverALocalRunWouldAdd() {
		PlatformChoice choice = choose(new MockEnvironment().withProperty("SCF_FUNCTIONNAME", "f")
			.withProperty("fn.local.platforms", "aliyun,huawei"));
		assertThat(choice.inCloud()).isTrue();
		assertThat(served(choice)).containsExactly("tencent");
		assertThat(choice.vendor()).isEqualTo(Vendor.TENCENT);
	}

	@Test
	void aLocalRunSpeaksFcsProtocolAndServesTheListedPlatformsOnce() {
		PlatformChoice choice = choose(new MockEnvironment().withProperty("fn.local.platforms", "huawei, aliyun,,tencent,"));
		assertThat(choice.inCloud()).isFalse();
		assertThat(served(choice)).containsExactly("aliyun", "huawei", "tencent");
		assertThat(choice.vendor()).isEqualTo(Vendor.LOCAL);
	}

	@Test
	void anAotBuildFreezesOnlyTheChosenPlatform() {
		PlatformChoice choice = choose(new MockEnvironment().withProperty("fn.vendor", "aliyun")
			.withProperty("fn.local.platforms", "tencent")
			.withProperty("spring.aot.processing", "true"));
		assertThat(served(choice)).containsExactly("aliyun");
	}

	@Test
	void anUnknownPlatformNamesThePropertyThatNamedIt() {
		assertThatExceptionOfType(InvalidConfigurationPropertyValueException.class)
			.isThrownBy(() -> choose(new MockEnvironment().withProperty("fn.vendor", "aws")))
			.satisfies((ex) -> assertThat(ex.getName()).isEqualTo("fn.vendor"))
			.withMessageContaining("aws");
		assertThatExceptionOfType(InvalidConfigurationPropertyValueException.class)
			.isThrownBy(() -> choose(new MockEnvironment().withProperty("fn.local.platforms", "bogus")))
			.satisfies((ex) -> assertThat(ex.getName()).isEqualTo("fn.local.platforms"));
	}

	@Test
	void aTransportIsBuiltOnlyForAServedPlatform() {
		PlatformChoice choice = choose(new MockEnvironment());
		TransportSettings settings = new TransportSettings(null, 0, null, null, Duration.ofSeconds(1),
				Duration.ofSeconds(1), Duration.ofSeconds(1), false);
		PlatformTransports transports = new PlatformTransports(settings, choice, ProcessExit.JVM,
				SharedWebServer.none(), () -> LocalPages.NONE);
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> transports.httpServer("tencent",
				(exchange) -> exchange.close(), 9000, DataSize.ofKilobytes(1), 1, "test"));
	}

}
