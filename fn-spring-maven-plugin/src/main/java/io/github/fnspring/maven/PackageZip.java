package io.github.fnspring.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Zips a staged package directory keeping each file's Unix mode, since the clouds unpack the
 * zip as it is and run {@code bootstrap} (and a bundled runtime's {@code bin/java}) from it.
 */
final class PackageZip {

	private PackageZip() {
	}

	static void write(Path directory, Path zip) throws IOException {
		Files.deleteIfExists(zip);
		try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip.toFile());
				Stream<Path> walk = Files.walk(directory)) {
			for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
				String name = directory.relativize(file).toString().replace('\\', '/');
				ZipArchiveEntry entry = new ZipArchiveEntry(file.toFile(), name);
				entry.setUnixMode(unixMode(file));
				out.putArchiveEntry(entry);
				Files.copy(file, out);
				out.closeArchiveEntry();
			}
		}
	}

	private static int unixMode(Path file) throws IOException {
		Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
		return permissions.contains(PosixFilePermission.OWNER_EXECUTE) ? 0100755 : 0100644;
	}

}
