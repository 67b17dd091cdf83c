package io.github.fnspring.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The test events a developer saved in the console, per function, in one plain JSON file of the
 * project ({@code fn.console.events-file}) that they may commit: there after a restart.
 */
final class SavedTestEvents {

	/** As many as a function's console keeps: more is a test suite, not a test event. */
	static final int MAX_PER_FUNCTION = 20;

	/** The largest event saved. */
	static final int MAX_EVENT_CHARS = 256 * 1024;

	private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private static final TypeReference<TreeMap<String, TreeMap<String, SavedEvent>>> FILE_TYPE = new TypeReference<>() {
	};

	private final Path file;

	SavedTestEvents(Path file) {
		this.file = file;
	}

	/** Where the events are kept. */
	Path file() {
		return this.file;
	}

	/** The function's saved events, by name. */
	synchronized Map<String, SavedEvent> of(String function) throws IOException {
		TreeMap<String, SavedEvent> events = read().get(function);
		return (events != null) ? new LinkedHashMap<>(events) : new LinkedHashMap<>();
	}

	/**
	 * Saves an event under a name, replacing one of that name.
	 * @throws IllegalArgumentException when the name or the event is unusable, or the function has
	 * {@value #MAX_PER_FUNCTION} events already
	 */
	synchronized void save(String function, String name, SavedEvent event) throws IOException {
		if (name.isBlank() || name.length() > 64) {
			throw new IllegalArgumentException("A test event needs a name of 1 to 64 characters");
		}
		if (event.event().length() > MAX_EVENT_CHARS) {
			throw new IllegalArgumentException("A saved test event holds at most " + MAX_EVENT_CHARS + " characters");
		}
		TreeMap<String, TreeMap<String, SavedEvent>> all = read();
		TreeMap<String, SavedEvent> events = all.computeIfAbsent(function, (key) -> new TreeMap<>());
		if (!events.containsKey(name) && events.size() >= MAX_PER_FUNCTION) {
			throw new IllegalArgumentException(function + " has " + MAX_PER_FUNCTION + " saved test events already");
		}
		events.put(name, event);
		write(all);
	}

	/** Removes a saved event; whether there was one. */
	synchronized boolean delete(String function, String name) throws IOException {
		TreeMap<String, TreeMap<String, SavedEvent>> all = read();
		TreeMap<String, SavedEvent> events = all.get(function);
		if (events == null || events.remove(name) == null) {
			return false;
		}
		if (events.isEmpty()) {
			all.remove(function);
		}
		write(all);
		return true;
	}

	private TreeMap<String, TreeMap<String, SavedEvent>> read() throws IOException {
		if (!Files.isRegularFile(this.file)) {
			return new TreeMap<>();
		}
		TreeMap<String, TreeMap<String, SavedEvent>> all;
		try {
			all = MAPPER.readValue(this.file.toFile(), FILE_TYPE);
		}
		catch (JacksonIOException ex) {
			throw new IOException("Cannot read " + this.file + ": " + ex.getOriginalMessage(), ex);
		}
		catch (JacksonException ex) {
			throw new UnusableFileException(this.file + " is not a file of saved test events ("
					+ ex.getOriginalMessage() + "): fix or move it, and the console saves a new one", ex);
		}
		if (all == null) {
			return new TreeMap<>();
		}
		// a hand-edited file may hold nulls where a function's events or an event belong
		all.values().removeIf((events) -> events == null);
		all.values().forEach((events) -> events.values().removeIf((event) -> event == null || event.event() == null));
		return all;
	}

	/** Written aside and moved in place, so that a crash never leaves half a file. */
	private void write(TreeMap<String, TreeMap<String, SavedEvent>> all) throws IOException {
		Path parent = this.file.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		Path temporary = Files.createTempFile(parent, ".fn-console", ".json");
		try {
			try {
				MAPPER.writeValue(temporary.toFile(), all);
			}
			catch (JacksonIOException ex) {
				throw new IOException("Cannot write " + this.file + ": " + ex.getOriginalMessage(), ex);
			}
			Files.move(temporary, this.file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** The file exists but holds no saved test events: the console leaves it alone rather than overwrite it. */
	static final class UnusableFileException extends IOException {

		UnusableFileException(String message, Throwable cause) {
			super(message, cause);
		}

	}

	/**
	 * @param cloud the cloud it was saved for
	 * @param trigger the trigger it was saved for
	 * @param event the event's text
	 */
	record SavedEvent(String cloud, String trigger, String event) {
	}

}
