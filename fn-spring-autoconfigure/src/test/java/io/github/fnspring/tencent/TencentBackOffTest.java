package io.github.fnspring.tencent;

import java.time.Duration;
import java.time.InstantSource;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;

import io.github.fnspring.core.EventDispatcher;
import io.github.fnspring.platform.RenewableDefaults;
import io.github.fnspring.testsupport.TestContexts;
import io.github.fnspring.testsupport.TestContexts.OneFunction;

import static io.github.fnspring.testsupport.TestContexts.assertReplaceable;
import static org.mockito.Mockito.mock;

/** Each bean of SCF's auto-configuration that an application may replace backs off for its own. */
class TencentBackOffTest {

	private final ApplicationContextRunner runner = TestContexts.runner()
		.withUserConfiguration(OneFunction.class)
		.withPropertyValues("fn.vendor=tencent", "fn.server.enabled=false");

	private final ScfDefaults defaults = ScfDefaults.local("own", 64, Duration.ofSeconds(5), "own-region");

	@Test
	void defaults() {
		assertReplaceable(this.runner, "ownDefaults", ScfDefaults.class, this.defaults);
	}

	@Test
	void contextReader() {
		assertReplaceable(this.runner, "ownContexts", ScfContextFactory.class,
				new ScfContextFactory(new RenewableDefaults<>(ScfDefaults.class, this.defaults, new StandardEnvironment()), (key) -> null, InstantSource.system()));
	}

	@Test
	void eventDispatcher() {
		assertReplaceable(this.runner, "scfEventDispatcher", EventDispatcher.class, mock(EventDispatcher.class));
	}

}
