package io.github.fnspring.acme;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.github.fnspring.FnCredentials;
import io.github.fnspring.FnCredentialsProvider;
import io.github.fnspring.aliyun.FcDefaults;
import io.github.fnspring.core.EventTranslator;
import io.github.fnspring.platform.InstanceDefaults;
import io.github.fnspring.platform.PlatformChoice;
import io.github.fnspring.server.FnHttpServer;
import io.github.fnspring.testsupport.TestContexts;
import io.github.fnspring.testsupport.TestContexts.OneFunction;

import static io.github.fnspring.testsupport.TestApplications.transportPart;
import static org.assertj.core.api.Assertions.assertThat;

/** The fourth platform is detected and wired through the registration line alone. */
class AcmePlatformTest {

	private final ApplicationContextRunner runner = TestContexts.runner().withUserConfiguration(OneFunction.class);

	@Test
	void itsEnvironmentIsDetectedAndOnlyItsTransportRuns() {
		this.runner.withPropertyValues("ACME_FUNCTION=uppercase").run((context) -> {
			PlatformChoice choice = context.getBean(PlatformChoice.class);
			assertThat(choice.platform().id()).isEqualTo("acme");
			assertThat(choice.inCloud()).isTrue();
			assertThat(context.getBean(EventTranslator.class)).isInstanceOf(AcmeEventTranslator.class);
			assertThat(context).doesNotHaveBean(FcDefaults.class);
			assertThat(transportPart(context, FnHttpServer.class).orElseThrow().settings().address())
				.isEqualTo("0.0.0.0");
		});
	}

	@Test
	void instanceDefaultsOfItsOwnSeedTheCredentialsProviderWithoutARenewableDefaults() {
		FnCredentials instance = new FnCredentials("AK-ACME-INSTANCE", "secret", null);
		InstanceDefaults acmeDefaults = new InstanceDefaults() {

			@Override
			public String platform() {
				return AcmePlatform.ID;
			}

			@Override
			public FnCredentials credentials() {
				return instance;
			}

		};
		this.runner.withPropertyValues("ACME_FUNCTION=uppercase", "fn.server.enabled=false")
			.withBean(InstanceDefaults.class, () -> acmeDefaults)
			.run((context) -> assertThat(context.getBean(FnCredentialsProvider.class).credentials()).contains(instance));
	}

	@Test
	void withoutItsEnvironmentItIsNotWired() {
		this.runner.withPropertyValues("fn.server.enabled=false").run((context) -> {
			assertThat(context.getBean(PlatformChoice.class).platform().id()).isEqualTo("aliyun");
			assertThat(context).doesNotHaveBean(AcmeEventTranslator.class);
		});
	}

}
