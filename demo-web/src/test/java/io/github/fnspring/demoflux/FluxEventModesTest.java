package io.github.fnspring.demoflux;

import java.util.Map;

import org.springframework.boot.web.server.reactive.context.ReactiveWebServerApplicationContext;

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
		return Map.of("spring.main.banner-mode", "off", "spring.main.web-application-type", "reactive");
	}

	@Override
	protected void assertNoPort() {
		assertThat(((ReactiveWebServerApplicationContext) this.application).getWebServer().getPort())
			.as("no port").isEqualTo(-1);
	}

}
