package io.github.fnspring.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The plugin's cdsTrainingRequest, checked before any work: a mistake fails the build, not a training run. */
class TrainingRequestCheckTest {

	@Test
	void aWebApplicationsPathWithItsQueryIsTaken() {
		assertThatCode(() -> PackageMojo.checkTrainingRequest("/hello?name=warm-up", true)).doesNotThrowAnyException();
		assertThatCode(() -> PackageMojo.checkTrainingRequest(null, false)).doesNotThrowAnyException();
	}

	@Test
	void aRequestForAnApplicationWithoutAWebServerFailsTheBuild() {
		assertThatExceptionOfType(MojoFailureException.class)
			.isThrownBy(() -> PackageMojo.checkTrainingRequest("/hello", false))
			.withMessageContaining("cdsTrainingEvent");
	}

	@Test
	void somethingThatIsNoRequestPathFailsTheBuild() {
		assertThatExceptionOfType(MojoFailureException.class)
			.isThrownBy(() -> PackageMojo.checkTrainingRequest("hello", true));
		assertThatExceptionOfType(MojoFailureException.class)
			.isThrownBy(() -> PackageMojo.checkTrainingRequest("/not a path", true))
			.withMessageContaining("URL-encoded");
	}

}
