package io.github.fnspring.runtime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RuntimeApiPathsTest {

	private final RuntimeApiPaths paths = new RuntimeApiPaths("/next", "/response/{requestId}", "/error/{requestId}",
			null, null, "id");

	@Test
	void aRequestIdIsOneEncodedPathSegment() {
		assertThat(this.paths.responseFor("0b6a-42_x.y~z")).isEqualTo("/response/0b6a-42_x.y~z");
		assertThat(this.paths.responseFor("a b")).isEqualTo("/response/a%20b");
		assertThat(this.paths.responseFor("../x?y#z")).isEqualTo("/response/..%2Fx%3Fy%23z");
		assertThat(this.paths.errorFor("%zz{")).isEqualTo("/error/%25zz%7B");
		assertThat(this.paths.errorFor("..")).isEqualTo("/error/%2E%2E");
		assertThat(this.paths.errorFor("请")).isEqualTo("/error/%E8%AF%B7");
	}

}
