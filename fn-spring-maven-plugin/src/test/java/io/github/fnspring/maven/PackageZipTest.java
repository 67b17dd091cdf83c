package io.github.fnspring.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class PackageZipTest {

	@TempDir
	Path work;

	@Test
	void keepsExecutableModesAndRelativeNames() throws Exception {
		Path staged = Files.createDirectories(this.work.resolve("staged/lib"));
		Files.writeString(staged.resolve("a.jar"), "jar");
		Path bootstrap = Files.writeString(this.work.resolve("staged/bootstrap"), "#!/bin/bash\n");
		Files.setPosixFilePermissions(bootstrap, PosixFilePermissions.fromString("rwxr-xr-x"));
		Path zip = this.work.resolve("out.zip");
		PackageZip.write(this.work.resolve("staged"), zip, List.of());
		try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
			assertThat(file.getEntry("bootstrap").getUnixMode()).isEqualTo(0100755);
			assertThat(file.getEntry("lib/a.jar").getUnixMode()).isEqualTo(0100644);
		}
	}

	@Test
	void launchersAreExecutableWhateverTheFileSystemSays() throws Exception {
		Path staged = Files.createDirectories(this.work.resolve("staged"));
		Path script = Files.writeString(staged.resolve("scf_bootstrap"), "#!/bin/bash\n");
		Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rw-r--r--"));
		Path zip = this.work.resolve("out.zip");
		PackageZip.write(staged, zip, List.of("scf_bootstrap"));
		try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
			assertThat(file.getEntry("scf_bootstrap").getUnixMode()).isEqualTo(0100755);
		}
	}

}
