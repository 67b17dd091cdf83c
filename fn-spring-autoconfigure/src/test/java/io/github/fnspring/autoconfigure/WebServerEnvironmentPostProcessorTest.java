package io.github.fnspring.autoconfigure;

import org.apache.commons.logging.Log;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/** Where a web application's own server listens: the platform's port and all interfaces in a cloud, loopback locally. */
class WebServerEnvironmentPostProcessorTest {

	private final Log log = mock(Log.class);

	private MockEnvironment process(MockEnvironment environment) {
		new WebServerEnvironmentPostProcessor((destination) -> this.log).postProcessEnvironment(environment,
				new SpringApplication());
		return environment;
	}

	@Test
	void locallyOnLoopbackAndSpringBootsPort() {
		MockEnvironment environment = process(new MockEnvironment());
		assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
		assertThat(environment.getProperty("server.port")).isNull();
	}

	@Test
	void onFunctionComputeOnItsListenPortAndAllInterfaces() {
		MockEnvironment environment = process(
				new MockEnvironment().withProperty("FC_FUNCTION_NAME", "f").withProperty("FC_CUSTOM_LISTEN_PORT", "9123"));
		assertThat(environment.getProperty("server.address")).isEqualTo("0.0.0.0");
		assertThat(environment.getProperty("server.port")).isEqualTo("9123");
		assertThat(process(new MockEnvironment().withProperty("FC_FUNCTION_NAME", "f")).getProperty("server.port"))
			.isEqualTo("9000");
	}

	@Test
	void onScfPort9000AndOnFunctionGraphPort8000() {
		assertThat(process(new MockEnvironment().withProperty("SCF_FUNCTIONNAME", "f")).getProperty("server.port"))
			.isEqualTo("9000");
		assertThat(process(new MockEnvironment().withProperty("RUNTIME_FUNC_NAME", "f")).getProperty("server.port"))
			.isEqualTo("8000");
	}

	@Test
	void whatTheApplicationSetsWins() {
		MockEnvironment environment = process(new MockEnvironment().withProperty("FC_FUNCTION_NAME", "f")
			.withProperty("server.port", "7000")
			.withProperty("server.address", "10.0.0.1"));
		assertThat(environment.getProperty("server.port")).isEqualTo("7000");
		assertThat(environment.getProperty("server.address")).isEqualTo("10.0.0.1");
	}

	@Test
	void aPortThePlatformDoesNotSendToIsWarnedAbout() {
		process(new MockEnvironment().withProperty("FC_FUNCTION_NAME", "f").withProperty("server.port", "7000"));
		verify(this.log).warn(argThat((message) -> message.toString().contains("server.port is 7000")
				&& message.toString().contains("port 9000")));
	}

	@Test
	void thePlatformsOwnPortOrALocalRunIsNotWarnedAbout() {
		process(new MockEnvironment().withProperty("FC_FUNCTION_NAME", "f").withProperty("server.port", "9000"));
		process(new MockEnvironment().withProperty("server.port", "7000"));
		verifyNoInteractions(this.log);
	}

	@Test
	void aReactiveApplicationPropagatesItsContextAcrossThreadsAndNoOtherIsTouched() {
		assertThat(process(new MockEnvironment().withProperty("spring.main.web-application-type", "reactive"))
			.getProperty("spring.reactor.context-propagation")).isEqualTo("auto");
		assertThat(process(new MockEnvironment().withProperty("spring.main.web-application-type", "servlet"))
			.getProperty("spring.reactor.context-propagation")).isNull();
		assertThat(process(new MockEnvironment().withProperty("spring.main.web-application-type", "reactive")
			.withProperty("spring.reactor.context-propagation", "limited"))
			.getProperty("spring.reactor.context-propagation")).isEqualTo("limited");
	}

}
