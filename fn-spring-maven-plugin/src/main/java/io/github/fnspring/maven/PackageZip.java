package io.github.fnspring.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Zips a staged package directory with Unix modes, since the clouds unpack the zip as it is
 * and run {@code bootstrap} (and a bundled runtime's {@code bin/java}) from it. The start
 * scripts are always executable; other files keep the executable bit they have on a POSIX
 * file system, so that a build on Windows still writes runnable packages.
 */
final class PackageZip {

	private static final int EXECUTABLE = 0100755;

	private static final int REGULAR = 0100644;

	private PackageZip() {
	}

	/**
	 * @param launchers the start scripts at the package's root
	 */
	static void write(Path directory, Path zip, Collection<String> launchers) throws IOException {
		Files.deleteIfExists(zip);
		try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip.toFile());
				Stream<Path> walk = Files.walk(directory)) {
			for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
				String name = directory.relativize(file).toString().replace('\\', '/');
				ZipArchiveEntry entry = new ZipArchiveEntry(file.toFile(), name);
				entry.setUnixMode((launchers.contains(name) || executableOnDisk(file)) ? EXECUTABLE : REGULAR);
				out.putArchiveEntry(entry);
				Files.copy(file, out);
				out.closeArchiveEntry();
			}
		}
	}

	private static boolean executableOnDisk(Path file) throws IOException {
		if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return false;
		}
		Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
		return permissions.contains(PosixFilePermission.OWNER_EXECUTE);
	}

}
