package io.github.fnspring.maven;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.maven.artifact.Artifact;

/**
 * The run-time dependency jars in resolution order, each with the file name it gets in a
 * package: its own name, prefixed with the group id when two artifacts share a name.
 */
final class Dependencies {

	/**
	 * Development-time only: it restarts the application on class changes and switches caches
	 * off. Spring Boot's own repackaging leaves it out too.
	 */
	private static final String DEVTOOLS = "org.springframework.boot:spring-boot-devtools";

	private final Map<String, Path> filesByName;

	private Dependencies(Map<String, Path> filesByName) {
		this.filesByName = filesByName;
	}

	/**
	 * The jars a package ships from the project's resolved artifacts: those in compile and
	 * runtime scope, never {@code spring-boot-devtools}.
	 */
	static Dependencies packagedFrom(Collection<Artifact> projectArtifacts) {
		return of(projectArtifacts.stream()
			.filter((artifact) -> Artifact.SCOPE_COMPILE.equals(artifact.getScope())
					|| Artifact.SCOPE_RUNTIME.equals(artifact.getScope()))
			.filter((artifact) -> artifact.getFile() != null && artifact.getFile().getName().endsWith(".jar"))
			.filter((artifact) -> !DEVTOOLS.equals(artifact.getGroupId() + ":" + artifact.getArtifactId()))
			.toList());
	}

	static Dependencies of(List<Artifact> artifacts) {
		Set<String> seen = new HashSet<>();
		Set<String> clashing = new HashSet<>();
		for (Artifact artifact : artifacts) {
			if (!seen.add(artifact.getFile().getName())) {
				clashing.add(artifact.getFile().getName());
			}
		}
		Map<String, Path> filesByName = new LinkedHashMap<>();
		for (Artifact artifact : artifacts) {
			String name = artifact.getFile().getName();
			filesByName.put(clashing.contains(name) ? artifact.getGroupId() + "." + name : name,
					artifact.getFile().toPath());
		}
		return new Dependencies(filesByName);
	}

	Map<String, Path> filesByName() {
		return this.filesByName;
	}

	List<Path> files() {
		return List.copyOf(this.filesByName.values());
	}

}
