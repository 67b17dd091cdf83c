package io.github.fnspring.autoconfigure;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** A package's class list is loaded on a thread of its own, in order, without initializing anything. */
class ClassPreloadTest {

	/** Set by {@link Listed}'s static initializer: it must not run. */
	static final AtomicBoolean listedInitialized = new AtomicBoolean();

	@TempDir
	Path work;

	@Test
	void loadsTheListedClassesInOrderSkippingUnknownNamesAndInitializesNone() throws Exception {
		ListServingLoader loader = new ListServingLoader(classList(Listed.class.getName(),
				"com.example.NotOnThisClassPath", AlsoListed.class.getName()));
		Thread thread = new ClassPreload(loader, Map.<String, String>of()::get, new AtomicBoolean()).start();
		assertThat(thread).isNotNull();
		assertThat(thread.isDaemon()).as("never keeps the process alive").isTrue();
		thread.join(10_000);
		assertThat(thread.isAlive()).isFalse();
		assertThat(loader.requested).containsSubsequence(Listed.class.getName(), "com.example.NotOnThisClassPath",
				AlsoListed.class.getName());
		assertThat(listedInitialized).as("Listed's static initializer ran").isFalse();
	}

	@Test
	void startsOncePerProcess() throws Exception {
		ListServingLoader loader = new ListServingLoader(classList(AlsoListed.class.getName()));
		AtomicBoolean started = new AtomicBoolean();
		Thread first = new ClassPreload(loader, Map.<String, String>of()::get, started).start();
		assertThat(first).isNotNull();
		first.join(10_000);
		assertThat(new ClassPreload(loader, Map.<String, String>of()::get, started).start()).isNull();
	}

	@Test
	void fnPreloadClassesFalseSwitchesItOffBeforeTheListIsRead() throws Exception {
		ListServingLoader loader = new ListServingLoader(classList(Listed.class.getName()));
		assertThat(new ClassPreload(loader, Map.of("FN_PRELOAD_CLASSES", "FALSE")::get, new AtomicBoolean()).start())
			.isNull();
		assertThat(loader.listRead).isFalse();
		assertThat(loader.requested).isEmpty();
	}

	@Test
	void withoutAListNothingHappens() {
		AtomicBoolean started = new AtomicBoolean();
		assertThat(new ClassPreload(getClass().getClassLoader(), Map.<String, String>of()::get, started).start())
			.isNull();
		assertThat(started).as("a later start with a list may still preload").isFalse();
	}

	@Test
	void springBootStartsItWithEveryApplication() {
		List<SpringApplicationRunListener> listeners = SpringFactoriesLoader.forDefaultResourceLocation()
			.load(SpringApplicationRunListener.class, ArgumentResolver.of(SpringApplication.class, new SpringApplication())
				.and(String[].class, new String[0]));
		assertThat(listeners).hasAtLeastOneElementOfType(ClassPreload.class);
	}

	private Path classList(String... names) throws IOException {
		return Files.write(this.work.resolve("preload-classes.txt"), List.of(names));
	}

	/** The application's class loader, with a class list as a package's {@code app.jar} holds it. */
	static final class ListServingLoader extends ClassLoader {

		final List<String> requested = new CopyOnWriteArrayList<>();

		volatile boolean listRead;

		private final Path classList;

		ListServingLoader(Path classList) {
			super(ClassPreloadTest.class.getClassLoader());
			this.classList = classList;
		}

		@Override
		public URL getResource(String name) {
			if (name.equals(ClassPreload.CLASS_LIST)) {
				this.listRead = true;
				try {
					return this.classList.toUri().toURL();
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}
			return super.getResource(name);
		}

		@Override
		protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
			this.requested.add(name);
			return super.loadClass(name, resolve);
		}

	}

	static final class Listed {

		static {
			listedInitialized.set(true);
		}

	}

	static final class AlsoListed {

	}

}
