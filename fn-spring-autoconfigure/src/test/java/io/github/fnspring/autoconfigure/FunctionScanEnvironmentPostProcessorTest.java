package io.github.fnspring.autoconfigure;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class FunctionScanEnvironmentPostProcessorTest {

	private final FunctionScanEnvironmentPostProcessor postProcessor = new FunctionScanEnvironmentPostProcessor();

	@Test
	void theClassPathScanIsOffByDefault() {
		StandardEnvironment environment = new StandardEnvironment();
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty(FunctionScanEnvironmentPostProcessor.SCAN_ENABLED)).isEqualTo("false");
	}

	@Test
	void anApplicationThatWantsTheScanKeepsIt() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("application",
					Map.of(FunctionScanEnvironmentPostProcessor.SCAN_ENABLED, "true")));
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty(FunctionScanEnvironmentPostProcessor.SCAN_ENABLED)).isEqualTo("true");
	}

}
