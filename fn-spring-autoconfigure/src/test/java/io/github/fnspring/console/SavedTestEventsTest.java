package io.github.fnspring.console;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.fnspring.console.SavedTestEvents.SavedEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Saved test events: a plain file, kept across restarts, bounded per function. */
class SavedTestEventsTest {

	@TempDir
	Path work;

	@Test
	void eventsAreKeptPerFunctionInThePlainFileAndReadByANewInstance() throws Exception {
		Path file = this.work.resolve("nested/fn-console-events.json");
		new SavedTestEvents(file).save("order", "big", new SavedEvent("aliyun", "plain", "{\"quantity\":99}"));
		new SavedTestEvents(file).save("uppercase", "hi", new SavedEvent("tencent", "plain", "\"hi\""));
		SavedTestEvents restarted = new SavedTestEvents(file);
		assertThat(restarted.of("order")).containsOnlyKeys("big");
		assertThat(restarted.of("order").get("big").event()).isEqualTo("{\"quantity\":99}");
		assertThat(restarted.of("unknown")).isEmpty();
		assertThat(Files.readString(file)).contains("\"order\"").contains("\"uppercase\"");
		assertThat(restarted.delete("order", "big")).isTrue();
		assertThat(restarted.of("order")).isEmpty();
	}

	@Test
	void aFunctionKeepsAtMostTwentyAndNamesAndEventsAreBounded() throws Exception {
		SavedTestEvents events = new SavedTestEvents(this.work.resolve("events.json"));
		for (int i = 0; i < SavedTestEvents.MAX_PER_FUNCTION; i++) {
			events.save("order", "event " + i, new SavedEvent("aliyun", "plain", "{}"));
		}
		assertThatIllegalArgumentException()
			.isThrownBy(() -> events.save("order", "one more", new SavedEvent("aliyun", "plain", "{}")));
		events.save("order", "event 3", new SavedEvent("aliyun", "plain", "{\"replaced\":true}"));
		assertThatIllegalArgumentException().isThrownBy(() -> events.save("order", " ", new SavedEvent("a", "b", "{}")));
		assertThatIllegalArgumentException().isThrownBy(() -> events.save("uppercase", "huge",
				new SavedEvent("aliyun", "plain", "x".repeat(SavedTestEvents.MAX_EVENT_CHARS + 1))));
	}

	@Test
	void aFileThatIsNotSavedEventsIsReportedNotOverwritten() throws Exception {
		Path file = Files.writeString(this.work.resolve("events.json"), "not json");
		assertThatIOException().isThrownBy(() -> new SavedTestEvents(file).of("order"))
			.withMessageContaining("is not a file of saved test events");
		assertThat(file).hasContent("not json");
	}

}
