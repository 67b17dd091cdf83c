package io.github.fnspring.autoconfigure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;

/**
 * Loads the classes a package's start and first answer need on a second thread while the
 * application starts on the first, so that the start finds most of them loaded instead of
 * reading and parsing each from its jar when it first names it. On the clouds' own Java,
 * where no class-data archive can be made, loading classes is about a third of a start.
 *
 * <p>The list ({@value #CLASS_LIST}) is written into a package's {@code app.jar} by
 * fn-spring's Maven plugin from a training run of that package; without it (a local run, a
 * test, a package with a class-data archive) nothing happens. Classes are only loaded, never
 * initialized: no static initializer runs on this thread, so the order in which the
 * application initializes its classes stays its own. A name the running JVM does not know is
 * skipped. {@code FN_PRELOAD_CLASSES=false} in the environment switches it off; it acts before
 * the application's configuration is read, so it is no {@code fn.*} property.
 */
class ClassPreload implements SpringApplicationRunListener {

	/** The class list inside {@code app.jar}: one binary class name per line, in the order a training run loaded them. */
	static final String CLASS_LIST = "META-INF/fn-spring/preload-classes.txt";

	/** The environment variable that switches preloading off with {@code false}. */
	static final String SWITCH = "FN_PRELOAD_CLASSES";

	/** One preloading per process, however many applications it starts. */
	private static final AtomicBoolean startedInProcess = new AtomicBoolean();

	private final @Nullable ClassLoader classLoader;

	private final Function<String, @Nullable String> environment;

	private final AtomicBoolean started;

	public ClassPreload(SpringApplication application, String[] args) {
		this(application.getClassLoader(), System::getenv, startedInProcess);
	}

	/** @param started whether preloading started already: set by the first that starts it */
	ClassPreload(@Nullable ClassLoader classLoader, Function<String, @Nullable String> environment,
			AtomicBoolean started) {
		this.classLoader = classLoader;
		this.environment = environment;
		this.started = started;
	}

	@Override
	public void starting(ConfigurableBootstrapContext bootstrapContext) {
		start();
	}

	/** @return the preloading thread, or {@code null} when there is nothing to preload or it runs already */
	@Nullable Thread start() {
		if ("false".equalsIgnoreCase(this.environment.apply(SWITCH)) || this.classLoader == null) {
			return null;
		}
		URL list = this.classLoader.getResource(CLASS_LIST);
		if (list == null || !this.started.compareAndSet(false, true)) {
			return null;
		}
		ClassLoader loader = this.classLoader;
		Thread thread = new Thread(() -> preload(list, loader), "fn-class-preload");
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

	private static void preload(URL list, ClassLoader loader) {
		try (InputStream in = list.openStream();
				BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String name = lines.readLine(); name != null; name = lines.readLine()) {
				load(name.strip(), loader);
			}
		}
		catch (IOException ex) {
			// a hint only: the application loads what it needs itself
		}
	}

	private static void load(String name, ClassLoader loader) {
		if (name.isEmpty()) {
			return;
		}
		try {
			Class.forName(name, false, loader);
		}
		catch (ClassNotFoundException | LinkageError ex) {
			// another JVM's class, or one the application cannot load either: it will say so when it needs it
		}
	}

}
