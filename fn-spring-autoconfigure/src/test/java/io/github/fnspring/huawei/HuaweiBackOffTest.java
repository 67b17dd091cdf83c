package io.github.fnspring.huawei;

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

/** Each bean of FunctionGraph's auto-configuration that an application may replace backs off for its own. */
class HuaweiBackOffTest {

	private final ApplicationContextRunner runner = TestContexts.runner()
		.withUserConfiguration(OneFunction.class)
		.withPropertyValues("fn.vendor=huawei", "fn.server.enabled=false");

	private final FgDefaults defaults = FgDefaults.local("own", 64, Duration.ofSeconds(5));

	@Test
	void defaults() {
		assertReplaceable(this.runner, "ownDefaults", FgDefaults.class, this.defaults);
	}

	@Test
	void contextReader() {
		assertReplaceable(this.runner, "ownContexts", FgContextFactory.class,
				new FgContextFactory(new RenewableDefaults<>(FgDefaults.class, this.defaults, new StandardEnvironment()), (key) -> null, InstantSource.system()));
	}

	@Test
	void eventDispatcher() {
		assertReplaceable(this.runner, "fgEventDispatcher", EventDispatcher.class, mock(EventDispatcher.class));
	}

}
