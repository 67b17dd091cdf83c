package io.github.fnspring.maven;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/** The class list comes from a real JVM's class-loading log of a run through the package's own launcher. */
class ClassListTrainingTest {

	@TempDir
	Path work;

	@Test
	void listsTheClassesTheRunLoadedFromJarsAndTheJdkInOrderAndRemovesItsLog() throws Exception {
		Path testClasses = Path.of(TrainingFixture.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		Path packageDirectory = launcher("exec \"$FN_JAVA_HOME/bin/java\" -Dfrom.launcher=kept -cp \"" + testClasses + "\" '"
				+ TrainingFixture.class.getName() + "'");
		byte[] list = training().train(packageDirectory, "bootstrap",
				Map.of("fn.vendor", "tencent"), new TrainingRun.Workload("uppercase", "warm-up", null), this.work.resolve("run"));
		List<String> names = new String(list, StandardCharsets.UTF_8).lines().toList();
		assertThat(names).contains(TrainingFixture.class.getName(), TrainingFixture.LoadedByTheRun.class.getName())
			.doesNotHaveDuplicates()
			.noneMatch((name) -> name.contains("/") || name.contains("$$Lambda"));
		assertThat(names.indexOf(TrainingFixture.class.getName()))
			.isLessThan(names.indexOf(TrainingFixture.LoadedByTheRun.class.getName()));
		assertThat(names).doesNotContain(TrainingFixture.NeverLoaded.class.getName());
		assertThat(packageDirectory).isDirectoryNotContaining("glob:**/fn-class-load.log");
	}

	@Test
	void aFailedRunIsReportedWithItsOutputAndLeavesNoLog() throws Exception {
		Path packageDirectory = launcher("echo 'cannot reach the database' >&2; touch fn-class-load.log; exit 1");
		assertThatIOException().isThrownBy(() -> training().train(packageDirectory, "bootstrap",
				Map.of(), new TrainingRun.Workload("", null, null), this.work.resolve("run")))
			.withMessageContaining("Class-list training run of pkg failed")
			.withMessageContaining("cannot reach the database");
		assertThat(packageDirectory).isDirectoryNotContaining("glob:**/fn-class-load.log");
	}

	@Test
	void keepsOnlyClassesReadFromJarsDirectoriesAndTheJdksModules() {
		assertThat(ClassListTraining.classNames(List.of("java.lang.Object source: shared objects file",
				"sun.net.www.Foo source: jrt:/java.base", "com.example.App source: file:/pkg/app.jar",
				"com.example.Nested source: jar:file:/pkg/app.jar!/lib/x.jar",
				"com.example.App$$Lambda/0x0000000801001000 source: com.example.App",
				"com.example.Proxy source: __JVM_LookupDefineClass__", "com.example.App source: file:/pkg/app.jar",
				"a log line without a source")))
			.containsExactly("sun.net.www.Foo", "com.example.App", "com.example.Nested");
	}

	private ClassListTraining training() {
		return new ClassListTraining(new TrainingRun(new ProcessRunner(Duration.ofSeconds(60))),
				Path.of(System.getProperty("java.home")));
	}

	private Path launcher(String command) throws Exception {
		Path packageDirectory = Files.createDirectories(this.work.resolve("pkg"));
		Path script = packageDirectory.resolve("bootstrap");
		Files.writeString(script, "#!/bin/bash\ncd \"${0%/*}\"\n" + command + "\n");
		Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
		return packageDirectory;
	}

	/** What the launcher starts: fails unless started as a training run with the workload, as the application would. */
	public static final class TrainingFixture {

		public static void main(String[] args) {
			if (!"kept".equals(System.getProperty("from.launcher")) || !"true".equals(System.getProperty("fn.cds.training")) || !"tencent".equals(System.getProperty("fn.vendor")) || !"warm-up".equals(System.getenv("FN_CDS_EVENT"))
					|| !"uppercase".equals(System.getenv("FN_FUNCTION"))) {
				System.exit(2);
			}
			Supplier<Object> lambda = LoadedByTheRun::new;
			System.out.println(lambda.get());
		}

		static final class LoadedByTheRun {

		}

		static final class NeverLoaded {

		}

	}

}
