package io.github.fnspring.aliyun;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.fnspring.testsupport.TestApplications;

/** Starts {@link FcTestApplication} as on FC, on a random loopback port. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FcServerTestSupport {

	static final int MAX_REQUEST_BYTES = 64 * 1024;

	protected ConfigurableApplicationContext context;

	protected FcClient fc;

	@BeforeAll
	void startServer() {
		this.context = TestApplications.start(FcTestApplication.class, "FC_FUNCTION_NAME=fc-test",
				"FC_FUNCTION_MEMORY_SIZE=512", "FC_REGION=cn-shanghai", "fn.server.max-request-size=" + MAX_REQUEST_BYTES,
				"spring.cloud.function.definition=uppercase");
		this.fc = new FcClient(TestApplications.port(this.context));
	}

	@AfterAll
	void stopServer() {
		this.context.close();
	}

}
