package io.github.fnspring.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

import static org.awaitility.Awaitility.await;

/**
 * Unpacks a built package as a cloud does and starts it through its own start script, with
 * the cloud's environment.
 */
final class PackageRunner {

	private PackageRunner() {
	}

	/**
	 * Unzips a package as Info-ZIP's {@code unzip} does, keeping each entry's Unix permissions and
	 * modification time as the zip records them.
	 */
	static Path unzip(Path zip, Path target) throws IOException {
		try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
			Enumeration<ZipArchiveEntry> entries = file.getEntries();
			while (entries.hasMoreElements()) {
				ZipArchiveEntry entry = entries.nextElement();
				Path destination = target.resolve(entry.getName()).normalize();
				if (entry.isDirectory()) {
					Files.createDirectories(destination);
					continue;
				}
				Files.createDirectories(destination.getParent());
				try (InputStream in = file.getInputStream(entry)) {
					Files.copy(in, destination);
				}
				int mode = entry.getUnixMode();
				Files.setPosixFilePermissions(destination, permissions((mode != 0) ? mode : 0644));
				Files.setLastModifiedTime(destination, entry.getLastModifiedTime());
			}
		}
		return target;
	}

	private static Set<PosixFilePermission> permissions(int mode) {
		Set<PosixFilePermission> permissions = new HashSet<>();
		PosixFilePermission[] all = { PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
				PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
				PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
				PosixFilePermission.OWNER_READ };
		for (int bit = 0; bit < all.length; bit++) {
			if ((mode & (1 << bit)) != 0) {
				permissions.add(all[bit]);
			}
		}
		return permissions;
	}

	/** Starts a script in its directory with the given environment and the test's own JVM as Java. */
	static Process start(Path script, Map<String, String> environment, Path log) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(script.toString()).directory(script.getParent().toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		return builder.start();
	}

	static URL url(Path path) {
		try {
			return path.toUri().toURL();
		}
		catch (MalformedURLException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	/** Sends the request once the server listens, as the platforms probe the port before calling. */
	static HttpResponse<String> awaitResponse(HttpRequest request) {
		HttpClient client = HttpClient.newHttpClient();
		return await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.ignoreException(ConnectException.class)
			.until(() -> client.send(request, HttpResponse.BodyHandlers.ofString()), Objects::nonNull);
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void stop(Process process) throws InterruptedException {
		process.destroy();
		if (!process.waitFor(10, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}

}
