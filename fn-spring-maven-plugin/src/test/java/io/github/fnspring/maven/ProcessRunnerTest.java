package io.github.fnspring.maven;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** A failed build step reports its own last lines; a hung one cannot hang the build. */
class ProcessRunnerTest {

	@TempDir
	Path work;

	@Test
	void aSuccessfulStepPassesItsEnvironment() {
		assertThatNoException().isThrownBy(() -> new ProcessRunner(Duration.ofSeconds(30))
			.run(List.of("bash", "-c", "test \"$STEP\" = aot"), Map.of("STEP", "aot"), this.work, "step"));
	}

	@Test
	void aFailedStepReportsItsExitCodeAndLastLines() {
		assertThatIOException().isThrownBy(() -> new ProcessRunner(Duration.ofSeconds(30))
			.run(List.of("bash", "-c", "echo first; echo 'NoClassDefFoundError: x' >&2; exit 3"), Map.of(), this.work,
					"Spring AOT processing"))
			.withMessageContaining("Spring AOT processing failed with exit code 3")
			.withMessageContaining("NoClassDefFoundError: x");
	}

	@Test
	void aHungStepIsStoppedAfterTheTimeout() {
		assertThatIOException().isThrownBy(() -> new ProcessRunner(Duration.ofSeconds(1))
			.run(List.of("sleep", "30"), Map.of(), this.work, "training run"))
			.withMessageContaining("training run did not finish within 1 s");
	}

}
