package io.github.fnspring.maven;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class TemplateTest {

	@Test
	void repeatsTheFunctionsBlockOncePerFunction() {
		String rendered = Template.load("main.tf")
			.render(Map.of("project", "shop", "memory", "256", "timeout", "30", "javaHome", "/opt/java17",
					"builtInJavaOptions", "-Xmx128m"), List.of("order", "uppercase"));
		assertThat(rendered).contains("resource \"huaweicloud_fgs_function\" \"order\"")
			.contains("resource \"huaweicloud_fgs_function\" \"uppercase\"")
			.contains("memory_size = 256")
			.doesNotContain("{{");
	}

	@Test
	void eachFunctionsBlockGetsThatFunctionsOwnValues() {
		String rendered = Template.load("s.yaml")
			.render(Map.of("project", "shop", "memory", "256", "timeout", "30", "javaHome", "/opt/java17",
					"javaLayerVars", "", "javaLayers", ""), List.of("order", "tick"),
					(function) -> Map.of("aliyunTriggers", "      # triggers of " + function));
		assertThat(rendered).contains("  'order':").contains("# triggers of order").contains("# triggers of tick");
		assertThat(rendered.indexOf("# triggers of order")).isLessThan(rendered.indexOf("  'tick':"));
	}

	@Test
	void aMissingValueFailsInsteadOfShippingAPlaceholder() {
		assertThatIllegalStateException()
			.isThrownBy(() -> Template.load("bootstrap").render(Map.of("project", "shop"), List.of()))
			.withMessageContaining("no value for {{");
	}

}
