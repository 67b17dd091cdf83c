package io.github.fnspring.huawei;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import io.github.fnspring.Vendor;
import io.github.fnspring.platform.RenewableDefaults;

import static org.assertj.core.api.Assertions.assertThat;

/** A restored FunctionGraph instance reads RUNTIME_* again, and falls back to fn.huawei.* as at start. */
class FgDefaultsRenewalTest {

	private final Map<String, Object> environment = new HashMap<>(Map.of("RUNTIME_FUNC_NAME", "order",
			"RUNTIME_FUNC_VERSION", "v1", "RUNTIME_MEMORY", "512", "RUNTIME_TIMEOUT", "30", "RUNTIME_PROJECT_ID", "p1",
			"fn.huawei.memory-mb", "256", "fn.huawei.timeout", "10s"));

	private final StandardEnvironment springEnvironment = new StandardEnvironment();

	FgDefaultsRenewalTest() {
		this.springEnvironment.getPropertySources().addFirst(new MapPropertySource("process", this.environment));
	}

	@Test
	void whatTheRestoredEnvironmentSaysWinsAndWhatItLacksFallsBackToTheConfiguration() {
		HuaweiProperties huawei = new HuaweiProperties();
		huawei.setMemoryMb(256);
		huawei.setTimeout(Duration.ofSeconds(10));
		RenewableDefaults<FgDefaults> defaults = new RenewableDefaults<>(FgDefaults.class,
				FgDefaults.fromEnvironment(this.springEnvironment, huawei), this.springEnvironment);
		assertThat(defaults.current().memoryMb()).isEqualTo(512);

		this.environment.put("RUNTIME_FUNC_VERSION", "v2");
		this.environment.remove("RUNTIME_MEMORY");
		this.environment.remove("RUNTIME_TIMEOUT");
		this.environment.remove("RUNTIME_PROJECT_ID");
		defaults.renew();

		FgDefaults renewed = defaults.current();
		assertThat(renewed.functionVersion()).isEqualTo("v2");
		assertThat(renewed.memoryMb()).as("fn.huawei.memory-mb, not the snapshot's 512").isEqualTo(256);
		assertThat(renewed.timeout()).isEqualTo(Duration.ofSeconds(10));
		assertThat(renewed.projectId()).isNull();
	}

	@Test
	void aLocalRunKeepsItsDefaults() {
		FgDefaults local = FgDefaults.local("order", 128, Duration.ofSeconds(3));
		RenewableDefaults<FgDefaults> defaults = new RenewableDefaults<>(FgDefaults.class, local, this.springEnvironment);
		defaults.renew();
		assertThat(defaults.current()).isSameAs(local);
		assertThat(defaults.current().vendor()).isEqualTo(Vendor.LOCAL);
	}

}
