package io.github.fnspring.aliyun;

import java.time.Duration;
import java.time.InstantSource;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;

import io.github.fnspring.platform.RenewableDefaults;
import io.github.fnspring.server.PlatformHttpHandler;
import io.github.fnspring.testsupport.TestContexts;
import io.github.fnspring.testsupport.TestContexts.OneFunction;

import static io.github.fnspring.testsupport.TestContexts.assertReplaceable;
import static org.mockito.Mockito.mock;

/** Each bean of FC's auto-configuration that an application may replace backs off for its own. */
class AliyunBackOffTest {

	private final ApplicationContextRunner runner = TestContexts.runner()
		.withUserConfiguration(OneFunction.class)
		.withPropertyValues("fn.vendor=aliyun", "fn.server.enabled=false");

	private final FcDefaults defaults = FcDefaults.local("own", 64, Duration.ofSeconds(5), "own-region");

	@Test
	void defaults() {
		assertReplaceable(this.runner, "ownDefaults", FcDefaults.class, this.defaults);
	}

	@Test
	void contextReader() {
		assertReplaceable(this.runner, "ownContexts", FcContextFactory.class,
				new FcContextFactory(new RenewableDefaults<>(FcDefaults.class, this.defaults, new StandardEnvironment()), "x-own-timeout", (key) -> null, InstantSource.system()));
	}

	@Test
	void protocolHandler() {
		assertReplaceable(this.runner, "fcProtocolHandler", PlatformHttpHandler.class, mock(PlatformHttpHandler.class));
	}

}
