package io.github.fnspring.autoconfigure;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.function.context.config.ContextFunctionCatalogAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.github.fnspring.FnCredentials;
import io.github.fnspring.FnCredentialsProvider;
import io.github.fnspring.aliyun.AliyunFcAutoConfiguration;
import io.github.fnspring.aliyun.FcCredentialsProvider;
import io.github.fnspring.core.EventTranslator;
import io.github.fnspring.core.FunctionInvoker;
import io.github.fnspring.huawei.FgCredentialsProvider;
import io.github.fnspring.huawei.HuaweiFunctionGraphAutoConfiguration;
import io.github.fnspring.tencent.ScfCredentialsProvider;
import io.github.fnspring.tencent.TencentScfAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bean of the application's own replaces fn-spring's of the same type, and an adapter
 * for an optional vendor SDK exists only when that SDK is on the class path.
 */
class BackOffTest {

	private static ApplicationContextRunner runner(Class<?> platform, String... properties) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ContextFunctionCatalogAutoConfiguration.class,
					JacksonAutoConfiguration.class, FnAutoConfiguration.class, platform))
			.withUserConfiguration(FnAutoConfigurationTest.OneFunction.class)
			.withPropertyValues("fn.server.port=0", "fn.server.enabled=false")
			.withPropertyValues(properties);
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
				runner(AliyunFcAutoConfiguration.class),
				runner(TencentScfAutoConfiguration.class, "fn.vendor=tencent"),
				runner(HuaweiFunctionGraphAutoConfiguration.class, "fn.vendor=huawei") }) {
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
		runner(AliyunFcAutoConfiguration.class).run((context) -> assertThat(context)
			.hasSingleBean(FcCredentialsProvider.class));
		runner(AliyunFcAutoConfiguration.class)
			.withClassLoader(new FilteredClassLoader("com.aliyun.credentials"))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(FcCredentialsProvider.class));
		runner(AliyunFcAutoConfiguration.class)
			.withClassLoader(new FilteredClassLoader("com.aliyun.fc.runtime"))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean("fcSdkInitializers")
				.doesNotHaveBean("fcSdkPreStopHandlers"));
		runner(TencentScfAutoConfiguration.class, "fn.vendor=tencent").run((context) -> assertThat(context)
			.hasSingleBean(ScfCredentialsProvider.class));
		runner(TencentScfAutoConfiguration.class, "fn.vendor=tencent")
			.withClassLoader(new FilteredClassLoader("com.tencentcloudapi"))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ScfCredentialsProvider.class));
		runner(HuaweiFunctionGraphAutoConfiguration.class, "fn.vendor=huawei").run((context) -> assertThat(context)
			.hasSingleBean(FgCredentialsProvider.class));
		runner(HuaweiFunctionGraphAutoConfiguration.class, "fn.vendor=huawei")
			.withClassLoader(new FilteredClassLoader("com.huaweicloud"))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(FgCredentialsProvider.class));
	}

}
