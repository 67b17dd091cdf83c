package io.github.fnspring.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import io.github.fnspring.maven.TrainingRun.Workload;

import static io.github.fnspring.maven.Descriptors.Deployment.EVENT_FUNCTIONS;
import static io.github.fnspring.maven.Descriptors.Deployment.WEB_APPLICATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every descriptor parses after rendering and describes its deployment with its package: each
 * exported function once, or a web application's one HTTP function.
 */
class DescriptorsTest {

	private static final List<String> FUNCTIONS = List.of("echo", "order", "tick", "uppercase");

	private static final Set<String> TIMER_TRIGGERED = Set.of("tick");

	@TempDir
	Path output;

	@Test
	void writesOnlyTheDescriptorsOfTheSelectedClouds() throws Exception {
		new Descriptors("Shop", EVENT_FUNCTIONS, 128, 30, "/opt/java17", false, FUNCTIONS, TIMER_TRIGGERED,
				new Workload("order", "{\"id\":\"it's\"}", null))
			.write(this.output, EnumSet.of(CloudPackage.HUAWEI));
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
			assertThat(resolved(yaml, (String) props.get("functionName"))).isEqualTo(name);
			assertThat(props).containsEntry("code", "./aliyun.zip")
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
		assertThat(terraform).contains("io.github.fnspring.huawei.FunctionGraphHandler.handleRequest");
	}

	@Test
	void terraformUploadsThePackageOnceToObsAndPointsEveryFunctionAtIt() throws Exception {
		writeAll();
		String terraform = Files.readString(this.output.resolve("main.tf"));
		assertThat(terraform).containsOnlyOnce("resource \"huaweicloud_obs_bucket\" \"code\"")
			.containsOnlyOnce("resource \"huaweicloud_obs_bucket_object\" \"package\"")
			.containsOnlyOnce("source       = local.package")
			.contains("package = \"${path.module}/huawei.zip\"")
			.contains("key          = \"shop/huawei-${filemd5(local.package)}.zip\"")
			.doesNotContain("filebase64")
			.doesNotContain("func_code");
		List<String> lines = terraform.lines().toList();
		assertThat(lines).filteredOn((line) -> line.equals("  code_type = \"obs\"")).hasSize(FUNCTIONS.size());
		assertThat(lines).filteredOn((line) -> line.equals("  code_url  = format(\"https://%s/%s\","
				+ " huaweicloud_obs_bucket.code.bucket_domain_name, huaweicloud_obs_bucket_object.package.key)"))
			.hasSize(FUNCTIONS.size());
	}

	@Test
	void terraformTakesRegionRuntimeBucketAndAgencyFromVariables() throws Exception {
		writeAll();
		String terraform = Files.readString(this.output.resolve("main.tf"));
		for (String variable : List.of("region", "java_runtime", "code_bucket", "agency")) {
			assertThat(terraform).containsOnlyOnce("variable \"" + variable + "\" {");
		}
		List<String> lines = terraform.lines().toList();
		assertThat(lines).filteredOn((line) -> line.equals("  runtime     = var.java_runtime")).hasSize(FUNCTIONS.size());
		assertThat(lines).filteredOn((line) -> line.equals("  agency      = var.agency")).hasSize(FUNCTIONS.size());
		assertThat(lines).contains("  bucket = var.code_bucket", "  default = \"Java17\"", "  default = \"cn-north-4\"");
		// what could not be confirmed says so where it is set
		// three variables, and each function's Java options
		assertThat(terraform.split("UNVERIFIED", -1)).hasSize(4 + FUNCTIONS.size());
	}

	@Test
	void builtInRuntimeFunctionsGetFnSpringsJavaOptionsAfterTheRuntimesOwn() throws Exception {
		writeAll();
		List<String> lines = Files.readString(this.output.resolve("main.tf")).lines().toList();
		// 128 MB: half for the heap, one collector, no pre-touched heap, as the memory runs measured
		assertThat(lines).filteredOn((line) -> line.equals("    _JAVA_OPTIONS = \"-XX:-UseZGC -XX:-UseG1GC -XX:-UseParallelGC -XX:-UseShenandoahGC "
				+ "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -XX:-UsePerfData -XX:+ExitOnOutOfMemoryError "
				+ "-XX:-AlwaysPreTouch -Xmx64m\""))
			.hasSize(FUNCTIONS.size());
	}

	@Test
	@SuppressWarnings("unchecked")
	void serverlessDevsNamesEveryFunctionWithThePrefixAndTellsItWhichFunctionItServes() throws Exception {
		writeAll();
		Map<String, Object> yaml = new Yaml().load(Files.readString(this.output.resolve("s.yaml")));
		assertThat((Map<String, Object>) yaml.get("vars")).containsEntry("namePrefix", "");
		for (String function : FUNCTIONS) {
			assertThat(props(yaml, function)).containsEntry("functionName", "${vars.namePrefix}" + function);
			assertThat(environment(yaml, function)).containsEntry("FN_FUNCTION", function);
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void serverlessDevsConfiguresLogsAndInstanceConcurrencyForEveryFunctionInItsVars() throws Exception {
		writeAll();
		Map<String, Object> yaml = new Yaml().load(Files.readString(this.output.resolve("s.yaml")));
		assertThat((Map<String, Object>) yaml.get("vars")).containsEntry("logConfig", "auto")
			.containsEntry("instanceConcurrency", 1);
		for (String function : FUNCTIONS) {
			assertThat(props(yaml, function)).containsEntry("logConfig", "${vars.logConfig}")
				.containsEntry("instanceConcurrency", "${vars.instanceConcurrency}");
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void serverlessDevsGivesATimerTriggerToEveryTimerEventConsumerAndToNoOtherFunction() throws Exception {
		writeAll();
		Map<String, Object> yaml = new Yaml().load(Files.readString(this.output.resolve("s.yaml")));
		List<Map<String, Object>> triggers = (List<Map<String, Object>>) props(yaml, "tick").get("triggers");
		assertThat(triggers).singleElement().satisfies((trigger) -> {
			assertThat(trigger).containsEntry("triggerName", "timer").containsEntry("triggerType", "timer");
			assertThat((Map<String, Object>) trigger.get("triggerConfig")).containsEntry("cronExpression", "@every 5m")
				.containsEntry("enable", false);
		});
		for (String function : List.of("echo", "order", "uppercase")) {
			assertThat(props(yaml, function)).doesNotContainKey("triggers");
		}
	}

	@Test
	void dockerfileTrainsTheArchiveWithTheTrainingEventQuotedForTheShell() throws Exception {
		writeAll();
		assertThat(Files.readString(this.output.resolve("Dockerfile"))).contains("FN_FUNCTION=order")
			.contains("FN_CDS_EVENT='{\"id\":\"it'\\''s\"}'")
			.contains("FN_CDS_TRAINING=true")
			.contains("ENTRYPOINT [\"/code/bootstrap\"]");
	}

	@Test
	void theImageUsesItsArchiveAndNotTheClassListWhichWouldRaceItsTrainingRun() throws Exception {
		writeAll();
		String dockerfile = Files.readString(this.output.resolve("Dockerfile"));
		assertThat(dockerfile).contains("\nENV FN_PRELOAD_CLASSES=false\n");
		assertThat(dockerfile.indexOf("FN_PRELOAD_CLASSES=false")).isLessThan(dockerfile.indexOf("FN_CDS_TRAINING=true"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void serverlessDevsUsesFcsJava17LayerVersion3ForTheDefaultJavaHome() throws Exception {
		writeAll();
		String text = Files.readString(this.output.resolve("s.yaml"));
		Map<String, Object> yaml = new Yaml().load(text);
		for (String function : FUNCTIONS) {
			assertThat(layers(yaml, function)).containsExactly("acs:fc:cn-hangzhou:official:layers/Java17/versions/3");
			assertThat(environment(yaml, function)).containsEntry("JAVA_HOME", "/opt/java17");
		}
		assertThat((Map<String, Object>) yaml.get("vars")).containsEntry("javaLayer", "Java17")
			.containsEntry("javaLayerVersion", 3);
		assertThat(text).doesNotContain("UNVERIFIED").doesNotContain("layers/Java21");
	}

	@Test
	@SuppressWarnings("unchecked")
	void serverlessDevsUsesFcsJava21LayerVersion2ForJava21sHome() throws Exception {
		new Descriptors("Shop", EVENT_FUNCTIONS, 128, 30, "/opt/java21", false, FUNCTIONS, TIMER_TRIGGERED,
				new Workload("order", null, null))
			.write(this.output, EnumSet.of(CloudPackage.ALIYUN));
		String text = Files.readString(this.output.resolve("s.yaml"));
		Map<String, Object> yaml = new Yaml().load(text);
		for (String function : FUNCTIONS) {
			assertThat(layers(yaml, function)).containsExactly("acs:fc:cn-hangzhou:official:layers/Java21/versions/2");
			assertThat(environment(yaml, function)).containsEntry("JAVA_HOME", "/opt/java21");
		}
		assertThat((Map<String, Object>) yaml.get("vars")).containsEntry("javaLayer", "Java21")
			.containsEntry("javaLayerVersion", 2);
		assertThat(text).doesNotContain("layers/Java17");
	}

	@Test
	void aTrailingSlashOnTheJavaHomeStillFindsItsLayer() throws Exception {
		new Descriptors("Shop", EVENT_FUNCTIONS, 128, 30, "/opt/java21/", false, FUNCTIONS, TIMER_TRIGGERED,
				new Workload("order", null, null))
			.write(this.output, EnumSet.of(CloudPackage.ALIYUN));
		Map<String, Object> yaml = new Yaml().load(Files.readString(this.output.resolve("s.yaml")));
		assertThat(layers(yaml, "order")).containsExactly("acs:fc:cn-hangzhou:official:layers/Java21/versions/2");
	}

	@Test
	@SuppressWarnings("unchecked")
	void serverlessDevsNamesNoJavaLayerWhenThePackageBringsItsOwnJava() throws Exception {
		new Descriptors("Shop", EVENT_FUNCTIONS, 128, 30, "/opt/java17", true, FUNCTIONS, TIMER_TRIGGERED,
				new Workload("order", null, null))
			.write(this.output, EnumSet.of(CloudPackage.ALIYUN));
		String text = Files.readString(this.output.resolve("s.yaml"));
		Map<String, Object> yaml = new Yaml().load(text);
		assertThat((Map<String, Object>) yaml.get("vars")).doesNotContainKeys("javaLayer", "javaLayerVersion");
		for (String function : FUNCTIONS) {
			assertThat(props(yaml, function)).doesNotContainKey("layers").containsKey("customRuntimeConfig");
		}
		assertThat(text).doesNotContain("official:layers").contains("No FC Java layer").contains("bundledRuntime");
	}

	@Test
	@SuppressWarnings("unchecked")
	void serverlessDevsNamesNoJavaLayerForAJavaHomeNoOfficialLayerInstalls() throws Exception {
		new Descriptors("Shop", EVENT_FUNCTIONS, 128, 30, "/usr/lib/jvm/temurin-21", false, FUNCTIONS, TIMER_TRIGGERED,
				new Workload("order", null, null))
			.write(this.output, EnumSet.of(CloudPackage.ALIYUN));
		String text = Files.readString(this.output.resolve("s.yaml"));
		Map<String, Object> yaml = new Yaml().load(text);
		assertThat((Map<String, Object>) yaml.get("vars")).doesNotContainKeys("javaLayer", "javaLayerVersion");
		assertThat(props(yaml, "order")).doesNotContainKey("layers");
		assertThat(environment(yaml, "order")).containsEntry("JAVA_HOME", "/usr/lib/jvm/temurin-21");
		assertThat(text).doesNotContain("official:layers").contains("not in the plugin's javaHome: /usr/lib/jvm/temurin-21.");
	}

	@Test
	void serverlessDevsKeepsTheTimeoutAsTheFallbackForRequestsWithoutFcsTimeoutHeaders() throws Exception {
		writeAll();
		String text = Files.readString(this.output.resolve("s.yaml"));
		Map<String, Object> yaml = new Yaml().load(text);
		assertThat(environment(yaml, "echo")).containsEntry("FN_ALIYUN_TIMEOUT", "30s");
		assertThat(text).doesNotContain("passes no timeout")
			.contains("x-fc-function-timeout")
			.contains("x-fc-function-deadline");
	}

	@Test
	void terraformSwitchesIncludeKeysOnForEveryFunction() throws Exception {
		writeAll();
		List<String> lines = Files.readAllLines(this.output.resolve("main.tf"));
		// "Include Keys": without it HTTP functions and container images get no credentials
		assertThat(lines).filteredOn((line) -> line.equals("  enable_auth_in_header = true"))
			.hasSize(FUNCTIONS.size());
		assertThat(String.join("\n", lines)).contains("X-CFF-Security-Access-Key")
			.contains("X-CFF-Security-Secret-Key")
			.contains("X-CFF-Security-Token")
			.contains("Include Keys");
	}

	@Test
	@SuppressWarnings("unchecked")
	void webApplicationIsOneFcFunctionInACustomRuntimeOnPort9000WithASignedHttpTrigger() throws Exception {
		writeWebApplication(List.of("uppercase"), EnumSet.of(CloudPackage.ALIYUN));
		String text = Files.readString(this.output.resolve("s.yaml"));
		Map<String, Object> yaml = new Yaml().load(text);
		Map<String, Map<String, Object>> resources = (Map<String, Map<String, Object>>) yaml.get("resources");
		assertThat(resources).containsOnlyKeys("shop");
		assertThat(resources.get("shop")).containsEntry("component", "fc3");
		assertThat(props(yaml, "shop")).containsEntry("functionName", "${vars.namePrefix}shop")
			.containsEntry("runtime", "custom.debian10")
			.containsEntry("code", "./aliyun.zip");
		assertThat((Map<String, Object>) props(yaml, "shop").get("customRuntimeConfig")).containsEntry("port", 9000)
			.containsEntry("command", List.of("/code/bootstrap"));
		// the controllers answer, whatever the function is called: nothing pins an exported function
		assertThat(environment(yaml, "shop")).doesNotContainKey("FN_FUNCTION")
			.containsEntry("JAVA_HOME", "/opt/java17");
		List<Map<String, Object>> triggers = (List<Map<String, Object>>) props(yaml, "shop").get("triggers");
		assertThat(triggers).singleElement().satisfies((trigger) -> {
			assertThat(trigger).containsEntry("triggerType", "http");
			assertThat((Map<String, Object>) trigger.get("triggerConfig")).containsEntry("authType", "function")
				.containsEntry("methods", List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD"));
		});
		assertThat(text.lines().toList()).contains("      runtime: custom.debian10", "        port: 9000",
				"          triggerType: http", "            authType: function");
		assertThat(layers(yaml, "shop")).containsExactly("acs:fc:cn-hangzhou:official:layers/Java17/versions/3");
	}

	@Test
	@SuppressWarnings("unchecked")
	void webApplicationIsOneScfWebFunctionWithACamAuthenticatedFunctionUrl() throws Exception {
		writeWebApplication(List.of("uppercase"), EnumSet.of(CloudPackage.TENCENT));
		String text = Files.readString(this.output.resolve("serverless.yml"));
		Map<String, Object> yaml = new Yaml().load(text);
		// one function: the scf component, which also describes function URLs
		assertThat(yaml).containsEntry("component", "scf");
		Map<String, Object> inputs = (Map<String, Object>) yaml.get("inputs");
		assertThat(inputs).containsEntry("name", "shop")
			.containsEntry("type", "web")
			.containsEntry("src", "./tencent")
			.containsEntry("memorySize", 128)
			.containsEntry("timeout", 30)
			.doesNotContainKeys("handler", "functions");
		assertThat((List<Map<String, Object>>) inputs.get("layers"))
			.containsExactly(Map.of("name", "java17", "version", 1));
		assertThat((Map<String, Object>) ((Map<String, Object>) inputs.get("environment")).get("variables"))
			.containsEntry("JAVA_HOME", "/opt/java17");
		List<Map<String, Map<String, Object>>> events = (List<Map<String, Map<String, Object>>>) inputs.get("events");
		assertThat(events).singleElement().satisfies((event) -> {
			Map<String, Object> parameters = (Map<String, Object>) event.get("http").get("parameters");
			assertThat(parameters).containsEntry("authType", "CAM");
			assertThat((Map<String, Object>) parameters.get("netConfig")).containsEntry("enableExtranet", true);
		});
		assertThat(text.lines().toList()).contains("  type: web", "          authType: CAM");
		assertThat(text.split("UNVERIFIED", -1)).hasSize(3);
	}

	@Test
	void webApplicationIsOneFunctionGraphHttpFunctionFromTheCustomPackage() throws Exception {
		writeWebApplication(List.of("uppercase"), EnumSet.of(CloudPackage.HUAWEI_CUSTOM));
		String terraform = Files.readString(this.output.resolve("main.tf"));
		assertThat(terraform).containsOnlyOnce("resource \"huaweicloud_fgs_function\" \"application\" {")
			.contains("package = \"${path.module}/huawei-custom.zip\"")
			.contains("key          = \"shop/huawei-custom-${filemd5(local.package)}.zip\"")
			.doesNotContain("${path.module}/huawei.zip")
			.doesNotContain("FunctionGraphHandler");
		assertThat(terraform.lines().toList()).contains("  name        = \"shop\"",
				"  functiongraph_version = \"v2\"", "  runtime               = \"http\"",
				"  handler               = var.http_handler", "  enable_auth_in_header = true");
		assertThat(terraform.chars().filter((c) -> c == '{').count())
			.isEqualTo(terraform.chars().filter((c) -> c == '}').count());
	}

	@Test
	void functionGraphsTriggerIsADedicatedGatewayApiOnlyWhenAGatewayIsGivenAndNotPublicByDefault() throws Exception {
		writeWebApplication(List.of(), EnumSet.of(CloudPackage.HUAWEI_CUSTOM));
		String terraform = Files.readString(this.output.resolve("main.tf"));
		for (String variable : List.of("region", "code_bucket", "agency", "http_handler", "apig_instance_id",
				"apig_group_id", "apig_auth")) {
			assertThat(terraform).containsOnlyOnce("variable \"" + variable + "\" {");
		}
		assertThat(terraform).containsOnlyOnce("resource \"huaweicloud_fgs_function_trigger\" \"http\" {");
		assertThat(terraform.lines().toList()).contains(
				"  count        = (var.apig_instance_id != null && var.apig_group_id != null) ? 1 : 0",
				"  function_urn = huaweicloud_fgs_function.application.urn", "  type         = \"DEDICATEDGATEWAY\"",
				"    auth        = var.apig_auth", "    func_info   = { timeout = 30 * 1000 }", "  default = \"IAM\"");
		// what could not be confirmed says so where it is set: region, agency, handler, event data, API name
		assertThat(terraform.split("UNVERIFIED", -1)).hasSize(6);
	}

	@Test
	void aWebApplicationsMainTfDeploysTheCustomPackageSoTheBuiltInRuntimesPackageWritesNone() throws Exception {
		writeWebApplication(List.of("uppercase"), EnumSet.of(CloudPackage.HUAWEI));
		assertThat(this.output.resolve("main.tf")).doesNotExist();
		new Descriptors("Shop", EVENT_FUNCTIONS, 128, 30, "/opt/java17", false, FUNCTIONS, TIMER_TRIGGERED,
				new Workload("order", null, null))
			.write(this.output, EnumSet.of(CloudPackage.HUAWEI_CUSTOM));
		assertThat(this.output.resolve("main.tf")).doesNotExist();
		assertThat(this.output.resolve("Dockerfile")).exists();
	}

	@Test
	void webApplicationDescriptorsNameTheExportedFunctionsAndHowEventsReachThem() throws Exception {
		writeWebApplication(List.of("echo", "order"), EnumSet.allOf(CloudPackage.class));
		assertThat(Files.readString(this.output.resolve("s.yaml"))).contains("# Exported functions: echo, order.")
			.contains("s invoke")
			.contains("# FN_FUNCTION below to the one that should.")
			.contains("x-fn-function-name picks a")
			.contains("        # FN_FUNCTION: '<exported name>'");
		assertThat(Files.readString(this.output.resolve("serverless.yml")))
			.contains("# Exported functions: echo, order. No event trigger reaches them here");
		assertThat(Files.readString(this.output.resolve("main.tf")))
			.contains("# Exported functions: echo, order. No event trigger reaches them here");
		writeWebApplication(List.of(), EnumSet.of(CloudPackage.ALIYUN));
		assertThat(Files.readString(this.output.resolve("s.yaml"))).contains("# Exported functions: none.");
	}

	@Test
	void functionGraphsWebDescriptorSaysWhereTheBootstrapFindsJava() throws Exception {
		writeWebApplication(List.of(), EnumSet.of(CloudPackage.HUAWEI_CUSTOM));
		assertThat(Files.readString(this.output.resolve("main.tf"))).contains("huawei-custom.zip brings none")
			.contains("then in the plugin's javaHome, /opt/java17,");
		new Descriptors("Shop", WEB_APPLICATION, 128, 30, "/opt/java17", true, List.of(), Set.of(),
				new Workload("", null, null))
			.write(this.output, EnumSet.of(CloudPackage.HUAWEI_CUSTOM));
		assertThat(Files.readString(this.output.resolve("main.tf")))
			.contains("# Java: huawei-custom.zip brings its own, in runtime/ (bundledRuntime).");
	}

	/** A value with its {@code ${vars.x}} references resolved as Serverless Devs does. */
	@SuppressWarnings("unchecked")
	private static String resolved(Map<String, Object> yaml, String value) {
		Map<String, Object> vars = (Map<String, Object>) yaml.get("vars");
		Matcher matcher = Pattern.compile("\\$\\{vars\\.([A-Za-z]+)}").matcher(value);
		StringBuilder resolved = new StringBuilder();
		while (matcher.find()) {
			assertThat(vars).containsKey(matcher.group(1));
			matcher.appendReplacement(resolved, Matcher.quoteReplacement(vars.get(matcher.group(1)).toString()));
		}
		return matcher.appendTail(resolved).toString();
	}

	/** A function's layers, with the {@code ${vars.x}} references resolved as Serverless Devs does. */
	@SuppressWarnings("unchecked")
	private static List<String> layers(Map<String, Object> yaml, String function) {
		List<String> layers = (List<String>) props(yaml, function).get("layers");
		assertThat(layers).as("layers of " + function).isNotNull();
		return layers.stream().map((layer) -> resolved(yaml, layer)).toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> environment(Map<String, Object> yaml, String function) {
		return (Map<String, Object>) props(yaml, function).get("environmentVariables");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> props(Map<String, Object> yaml, String function) {
		Map<String, Map<String, Object>> resources = (Map<String, Map<String, Object>>) yaml.get("resources");
		return (Map<String, Object>) resources.get(function).get("props");
	}

	private void writeWebApplication(List<String> exportedFunctions, Set<CloudPackage> clouds) throws Exception {
		new Descriptors("Shop", WEB_APPLICATION, 128, 30, "/opt/java17", false, exportedFunctions, Set.of(),
				new Workload(exportedFunctions.isEmpty() ? "" : exportedFunctions.get(0), null, null))
			.write(this.output, clouds);
	}

	private void writeAll() throws Exception {
		new Descriptors("Shop", EVENT_FUNCTIONS, 128, 30, "/opt/java17", false, FUNCTIONS, TIMER_TRIGGERED,
				new Workload("order", "{\"id\":\"it's\"}", null))
			.write(this.output, EnumSet.allOf(CloudPackage.class));
	}

}
