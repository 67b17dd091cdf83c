package io.github.fnspring.maven;

import java.nio.file.Path;
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

	private final Map<String, Path> filesByName;

	private Dependencies(Map<String, Path> filesByName) {
		this.filesByName = filesByName;
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
