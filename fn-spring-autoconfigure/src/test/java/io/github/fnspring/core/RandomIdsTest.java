package io.github.fnspring.core;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RandomIdsTest {

	@Test
	void idsAreRandomVersionFourUuidsAsTheJdkMakesThem() {
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			String id = RandomIds.uuid();
			UUID parsed = UUID.fromString(id);
			assertThat(parsed.version()).isEqualTo(4);
			assertThat(parsed.variant()).isEqualTo(2);
			assertThat(parsed.toString()).isEqualTo(id);
			ids.add(id);
		}
		assertThat(ids).hasSize(10_000);
	}

	@Test
	void aReseedKeepsTheIdsComing() {
		RandomIds.reseed();
		assertThat(UUID.fromString(RandomIds.uuid()).version()).isEqualTo(4);
	}

}
