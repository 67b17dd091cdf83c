package io.github.fnspring.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/** Every descriptor parses after rendering and names each exported function once, with its package. */
class DescriptorsTest {

	private static final List<String> FUNCTIONS = List.of("echo", "order", "uppercase");

	@TempDir
	Path output;

	@Test
	void writesOnlyTheDescriptorsOfTheSelectedClouds() throws Exception {
		new Descriptors("Shop", 128, 30, "/opt/java17", FUNCTIONS, "order", "{\"id\":\"it's\"}").write(this.output, EnumSet.of(CloudPackage.HUAWEI));
		assertThat(this.output.resolve("main.tf")).exists();
		assertThat(this.output.resolve("s.yaml")).doesNotExist();
		assertThat(this.output.resolve("Dockerfile")).doesNotExist();
	}

	@Test
	@SuppressWarnings("unchecked")
	void serverlessDevsHasOneFc3ResourcePerFunctionOnTheAliyunPackage() throws Exception {
		writeAll();
		Map<String, Object> yaml = new Yaml().load(Files.readString(this.output.resolve("s.yaml")));
		assertThat(yaml).containsEntry("edition", "3.0.0").containsEntry("name", "shop");
		Map<String, Map<String, Object>> resources = (Map<String, Map<String, Object>>) yaml.get("resources");
		assertThat(resources).containsOnlyKeys(FUNCTIONS);
		resources.forEach((name, resource) -> {
			Map<String, Object> props = (Map<String, Object>) resource.get("props");
			assertThat(resource).containsEntry("component", "fc3");
			assertThat(props).containsEntry("functionName", name)
				.containsEntry("code", "./aliyun.zip")
				.containsEntry("memorySize", 128)
				.containsEntry("timeout", 30);
			assertThat((Map<String, Object>) props.get("customRuntimeConfig")).containsEntry("port", 9000)
				.containsEntry("command", List.of("/code/bootstrap"));
		});
	}

	@Test
	@SuppressWarnings("unchecked")
	void serverlessFrameworkDescribesEveryFunctionOnTheUnpackedTencentPackage() throws Exception {
		writeAll();
		Map<String, Object> yaml = new Yaml().load(Files.readString(this.output.resolve("serverless.yml")));
		Map<String, Object> inputs = (Map<String, Object>) yaml.get("inputs");
		assertThat((Map<String, Object>) inputs.get("src")).containsEntry("src", "./tencent");
		assertThat(inputs).containsEntry("runtime", "CustomRuntime");
		Map<String, Map<String, Object>> functions = (Map<String, Map<String, Object>>) inputs.get("functions");
		assertThat(functions).containsOnlyKeys(FUNCTIONS);
		functions.forEach((name, function) -> assertThat(function).containsEntry("name", name)
			.containsEntry("memorySize", 128));
	}

	@Test
	void terraformHasOneFunctionGraphFunctionPerFunctionWithBalancedBlocks() throws Exception {
		writeAll();
		String terraform = Files.readString(this.output.resolve("main.tf"));
		for (String function : FUNCTIONS) {
			assertThat(terraform).containsOnlyOnce("resource \"huaweicloud_fgs_function\" \"" + function + "\"");
		}
		assertThat(terraform.chars().filter((c) -> c == '{').count())
			.isEqualTo(terraform.chars().filter((c) -> c == '}').count());
		assertThat(terraform).contains("io.github.fnspring.huawei.FunctionGraphHandler.handleRequest")
			.contains("\"huawei.zip\"");
	}

	@Test
	void dockerfileTrainsTheArchiveWithTheTrainingEventQuotedForTheShell() throws Exception {
		writeAll();
		assertThat(Files.readString(this.output.resolve("Dockerfile"))).contains("FN_FUNCTION=order")
			.contains("FN_CDS_EVENT='{\"id\":\"it'\\''s\"}'")
			.contains("FN_CDS_TRAINING=true")
			.contains("ENTRYPOINT [\"/code/bootstrap\"]");
	}

	private void writeAll() throws Exception {
		new Descriptors("Shop", 128, 30, "/opt/java17", FUNCTIONS, "order", "{\"id\":\"it's\"}").write(this.output, EnumSet.allOf(CloudPackage.class));
	}

}
