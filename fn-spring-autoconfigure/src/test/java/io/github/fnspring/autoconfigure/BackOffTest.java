package io.github.fnspring.autoconfigure;

import java.util.List;
import java.util.Optional;

import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.github.fnspring.FnContext;
import io.github.fnspring.FnCredentials;
import io.github.fnspring.FnCredentialsProvider;
import io.github.fnspring.aliyun.FcCredentialsProvider;
import io.github.fnspring.core.EventTranslator;
import io.github.fnspring.core.FunctionInvoker;
import io.github.fnspring.core.InvocationTimeouts;
import io.github.fnspring.core.LifecycleHooks;
import io.github.fnspring.huawei.FgCredentialsProvider;
import io.github.fnspring.tencent.ScfCredentialsProvider;
import io.github.fnspring.testsupport.TestContexts;
import io.github.fnspring.testsupport.TestContexts.OneFunction;

import static io.github.fnspring.testsupport.TestContexts.assertReplaceable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * A bean of the application's own replaces fn-spring's of the same type, and an adapter
 * for an optional vendor SDK exists only when that SDK is on the class path.
 */
class BackOffTest {

	/** A context of one platform, as fn.vendor chooses it and the auto-configuration imports it. */
	private static ApplicationContextRunner runner(String vendor) {
		return TestContexts.runner()
			.withUserConfiguration(OneFunction.class)
			.withPropertyValues("fn.server.enabled=false", "fn.vendor=" + vendor);
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnBeans {

		static final EventTranslator TRANSLATOR = (event, type) -> Optional.empty();

		static final FnCredentialsProvider CREDENTIALS = () -> Optional.of(new FnCredentials("own", "own", null));

		@Bean
		EventTranslator ownTranslator() {
			return TRANSLATOR;
		}

		@Bean
		FnCredentialsProvider ownCredentials() {
			return CREDENTIALS;
		}

	}

	@Test
	void theApplicationsOwnBeansReplaceFnSpringsOnEveryPlatform() {
		for (ApplicationContextRunner runner : new ApplicationContextRunner[] {
				runner("aliyun"),
				runner("tencent"),
				runner("huawei") }) {
			runner.withUserConfiguration(OwnBeans.class).run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).getBean(EventTranslator.class).isSameAs(OwnBeans.TRANSLATOR);
				assertThat(context).getBean(FnCredentialsProvider.class).isSameAs(OwnBeans.CREDENTIALS);
				assertThat(context).hasSingleBean(FunctionInvoker.class);
			});
		}
	}

	@Test
	void eachSdkAdapterExistsOnlyWithItsSdk() {
		runner("aliyun").run((context) -> assertThat(context)
			.hasSingleBean(FcCredentialsProvider.class));
		runner("aliyun")
			.withClassLoader(new FilteredClassLoader("com.aliyun.credentials"))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(FcCredentialsProvider.class));
		runner("aliyun")
			.withClassLoader(new FilteredClassLoader("com.aliyun.fc.runtime"))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean("fcSdkInitializers")
				.doesNotHaveBean("fcSdkPreStopHandlers"));
		runner("tencent").run((context) -> assertThat(context)
			.hasSingleBean(ScfCredentialsProvider.class));
		runner("tencent")
			.withClassLoader(new FilteredClassLoader("com.tencentcloudapi"))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ScfCredentialsProvider.class));
		runner("huawei").run((context) -> assertThat(context)
			.hasSingleBean(FgCredentialsProvider.class));
		runner("huawei")
			.withClassLoader(new FilteredClassLoader("com.huaweicloud"))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(FgCredentialsProvider.class));
	}

	@Test
	void theCoresOwnBeansAreReplaceable() {
		ApplicationContextRunner runner = runner("aliyun");
		assertReplaceable(runner, "ownLifecycleHooks", LifecycleHooks.class,
				new LifecycleHooks(List.of(), List.of(), ObservationRegistry.NOOP));
		assertReplaceable(runner, "ownInvoker", FunctionInvoker.class, mock(FunctionInvoker.class, Answers.RETURNS_SELF));
		assertReplaceable(runner, "ownTimeouts", InvocationTimeouts.class, InvocationTimeouts.enforcedByThePlatform());
		assertReplaceable(runner, "ownContext", FnContext.class, mock(FnContext.class));
	}

}
