package io.github.fnspring.test;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import io.github.fnspring.autoconfigure.FnAutoConfiguration;
import io.github.fnspring.platform.PlatformTransports;

/** The injectable {@link FnTestClient}, in applications that fn-spring serves and the kit is tested with. */
@AutoConfiguration(after = FnAutoConfiguration.class)
@ConditionalOnBean(PlatformTransports.class)
public final class FnTestAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	FnTestClient fnTestClient(ConfigurableApplicationContext application) {
		return new FnTestClient(application);
	}

}
