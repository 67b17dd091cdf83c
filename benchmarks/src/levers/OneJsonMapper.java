package io.github.fnspring.demo;

import org.springframework.cloud.function.json.JacksonMapper;
import org.springframework.cloud.function.json.JsonMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The "one JSON mapper" start-up lever, measured by cold-start.sh and not shipped: Spring Cloud
 * Function's catalog uses Spring Boot's JSON mapper instead of building a second one from it.
 * Added to a copy of the demo; it changes what the catalog accepts and writes (Spring Cloud
 * Function's mapper ignores unknown properties and writes empty beans as {}), which is why
 * fn-spring does not do it for an application.
 */
@Configuration(proxyBeanMethods = false)
class OneJsonMapper {

	@Bean
	JsonMapper jsonMapper(tools.jackson.databind.json.JsonMapper springBootMapper) {
		return new JacksonMapper(springBootMapper);
	}

}
