package io.github.fnspring.demoflux;

import java.util.Map;

import org.springframework.boot.web.server.reactive.context.ReactiveWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.fnspring.demoweb.EventModesTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The clouds' event modes for the WebFlux variant: HTTP-trigger events through WebFlux in process, no port. */
class FluxEventModesTest extends EventModesTest {

	@Override
	protected Class<?> application() {
		return DemoFluxApplication.class;
	}

	@Override
	protected Map<String, Object> properties() {
		return FluxSharedServerContractTests.REACTIVE;
	}

	@Override
	protected void assertNoPort(ConfigurableApplicationContext application) {
		assertThat(((ReactiveWebServerApplicationContext) application).getWebServer().getPort()).as("no port")
			.isEqualTo(-1);
	}

}
