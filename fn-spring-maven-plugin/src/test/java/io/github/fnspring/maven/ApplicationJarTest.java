package io.github.fnspring.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicationJarTest {

	@TempDir
	Path work;

	@Test
	void aotOutputWinsOverTheProjectClassesAndAotIsSwitchedOn() throws Exception {
		Path aot = write("aot/com/example/App__BeanDefinitions.class", "aot");
		write("aot/com/example/Shared.class", "from aot");
		Path classes = write("classes/com/example/App.class", "app");
		write("classes/com/example/Shared.class", "from classes");
		Path jar = this.work.resolve("out/app.jar");
		new ApplicationJar("com.example.App", FileTime.fromMillis(0)).write(jar,
				List.of(aot.getParent().getParent().getParent(), classes.getParent().getParent().getParent()),
				List.of("lib/a.jar", "lib/b.jar"), true, Map.of());
		try (JarFile file = new JarFile(jar.toFile())) {
			Attributes manifest = file.getManifest().getMainAttributes();
			assertThat(manifest.getValue(Attributes.Name.MAIN_CLASS)).isEqualTo("com.example.App");
			assertThat(manifest.getValue("Start-Class")).isEqualTo("com.example.App");
			assertThat(manifest.getValue(Attributes.Name.CLASS_PATH)).isEqualTo("lib/a.jar lib/b.jar");
			assertThat(new String(file.getInputStream(file.getEntry("com/example/Shared.class")).readAllBytes()))
				.isEqualTo("from aot");
			assertThat(file.getEntry("com/example/App.class")).isNotNull();
			assertThat(new String(file.getInputStream(file.getEntry("spring.properties")).readAllBytes()))
				.isEqualTo("spring.aot.enabled=true\n");
		}
	}

	@Test
	void withoutAotThereIsNoSpringPropertiesAndNoClassPathForFlatPackages() throws Exception {
		Path classes = write("classes/com/example/App.class", "app");
		Path jar = this.work.resolve("out/app.jar");
		new ApplicationJar("com.example.App", FileTime.fromMillis(0)).write(jar,
				List.of(classes.getParent().getParent().getParent()), List.of(), false, Map.of());
		try (JarFile file = new JarFile(jar.toFile())) {
			assertThat(file.getEntry("spring.properties")).isNull();
			assertThat(file.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH)).isNull();
		}
	}

	@Test
	void generatedEntriesWinOverTheClassDirectoriesAndKeepTheFixedEntryTime() throws Exception {
		Path classes = write("classes/META-INF/fn-spring/preload-classes.txt", "from classes");
		Path jar = this.work.resolve("out/app.jar");
		FileTime entryTime = FileTime.fromMillis(315_532_800_000L);
		new ApplicationJar("com.example.App", entryTime).write(jar,
				List.of(classes.getParent().getParent().getParent()), List.of(), false,
				Map.of("META-INF/fn-spring/preload-classes.txt", "com.example.App\n".getBytes()));
		try (JarFile file = new JarFile(jar.toFile())) {
			JarEntry list = file.getJarEntry("META-INF/fn-spring/preload-classes.txt");
			assertThat(new String(file.getInputStream(list).readAllBytes())).isEqualTo("com.example.App\n");
			assertThat(list.getLastModifiedTime()).isEqualTo(entryTime);
			assertThat(file.getJarEntry("META-INF/fn-spring/")).as("its directory").isNotNull();
		}
	}

	private Path write(String relative, String content) throws Exception {
		Path file = this.work.resolve(relative);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, content);
	}

}
