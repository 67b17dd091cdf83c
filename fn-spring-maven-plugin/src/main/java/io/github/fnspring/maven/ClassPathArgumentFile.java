package io.github.fnspring.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A class path handed to {@code java} in an argument file ({@code @file}) rather than on the
 * command line: a project's class path easily outgrows Windows' 32,767 characters.
 */
final class ClassPathArgumentFile {

	/** The launcher reads argument files in the platform's own encoding, not UTF-8. */
	private static final Charset NATIVE = Charset.forName(System.getProperty("native.encoding",
			Charset.defaultCharset().name()));

	private ClassPathArgumentFile() {
	}

	/**
	 * Writes the {@code -cp} option to the file.
	 * @return the argument that names the file to {@code java}
	 */
	static String write(Path file, List<String> classPath) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, content(classPath), NATIVE);
		return "@" + file.toAbsolutePath();
	}

	/** The file's text: the option, then the class path quoted. */
	static String content(List<String> classPath) {
		return "-cp\n" + quoted(String.join(File.pathSeparator, classPath)) + "\n";
	}

	/** In an argument file, a quoted value keeps its spaces, and a backslash escapes. */
	private static String quoted(String value) {
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
