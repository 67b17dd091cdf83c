package io.github.fnspring.maven;

import java.io.File;
import java.util.List;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DependenciesTest {

	@Test
	void packagesShipCompileAndRuntimeJarsButNeverDevtools() {
		Dependencies dependencies = Dependencies.packagedFrom(List.of(
				artifact("org.springframework.boot", "spring-boot", "compile"),
				artifact("org.springframework.boot", "spring-boot-devtools", "runtime"),
				artifact("org.postgresql", "postgresql", "runtime"),
				artifact("jakarta.servlet", "jakarta.servlet-api", "provided"),
				artifact("org.junit.jupiter", "junit-jupiter", "test")));
		assertThat(dependencies.filesByName()).containsOnlyKeys("spring-boot-4.0.8.jar", "postgresql-4.0.8.jar");
	}

	@Test
	void devtoolsIsLeftOutInCompileScopeToo() {
		Dependencies dependencies = Dependencies
			.packagedFrom(List.of(artifact("org.springframework.boot", "spring-boot-devtools", "compile")));
		assertThat(dependencies.filesByName()).isEmpty();
	}

	@Test
	void jarsOfTheSameNameAreToldApartByTheirGroup() {
		Dependencies dependencies = Dependencies
			.packagedFrom(List.of(artifact("com.example.a", "util", "compile"), artifact("com.example.b", "util", "compile")));
		assertThat(dependencies.filesByName()).containsOnlyKeys("com.example.a.util-4.0.8.jar",
				"com.example.b.util-4.0.8.jar");
	}

	private static Artifact artifact(String groupId, String artifactId, String scope) {
		Artifact artifact = new DefaultArtifact(groupId, artifactId, "4.0.8", scope, "jar", null,
				new DefaultArtifactHandler("jar"));
		artifact.setFile(new File("/repository/" + groupId + "/" + artifactId + "-4.0.8.jar"));
		return artifact;
	}

}
