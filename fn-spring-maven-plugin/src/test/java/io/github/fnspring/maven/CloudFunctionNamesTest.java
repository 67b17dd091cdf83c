package io.github.fnspring.maven;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class CloudFunctionNamesTest {

	@ParameterizedTest
	@ValueSource(strings = { "order", "place-order", "place_order2", "ab" })
	void namesEveryCloudAccepts(String name) {
		assertThatNoException().isThrownBy(() -> CloudFunctionNames.check(List.of(name)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "a", "2fast", "order-", "place.order", "ünicode",
			"aVeryLongFunctionNameThatGoesOnAndOnPastTheSixtyCharacterLimit" })
	void namesSomeCloudRejects(String name) {
		assertThatIllegalStateException().isThrownBy(() -> CloudFunctionNames.check(List.of("order", name)))
			.withMessageContaining("'" + name + "'");
	}

	@Test
	void aWebApplicationsFunctionIsItsArtifactIdLowerCased() {
		assertThat(CloudFunctionNames.ofWebApplication("Demo-Web")).isEqualTo("demo-web");
	}

	@Test
	void anArtifactIdNoCloudTakesFailsTheWebApplicationsBuildNamingTheArtifactId() {
		assertThatIllegalStateException().isThrownBy(() -> CloudFunctionNames.ofWebApplication("shop.web"))
			.withMessageContaining("'shop.web'")
			.withMessageContaining("artifactId")
			.withMessageNotContaining("@ServerlessFunction");
	}

}
