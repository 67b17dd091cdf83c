package io.github.fnspring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FnCredentialsTest {

	@Test
	void toStringNeverShowsTheSecretOrToken() {
		FnCredentials credentials = new FnCredentials("LTAI5tExampleKeyId", "very-secret-value", "security-token-value");
		assertThat(credentials.toString()).contains("LTAI****")
			.doesNotContain("very-secret-value")
			.doesNotContain("security-token-value")
			.doesNotContain("ExampleKeyId");
	}

	@Test
	void securityTokenIsOptional() {
		assertThat(new FnCredentials("id", "secret", null).securityTokenIfPresent()).isEmpty();
		assertThat(new FnCredentials("id", "secret", null).toString()).contains("securityToken=none");
	}

}
