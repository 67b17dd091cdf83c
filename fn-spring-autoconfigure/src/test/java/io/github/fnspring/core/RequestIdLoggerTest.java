package io.github.fnspring.core;

import java.util.concurrent.atomic.AtomicReference;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import io.github.fnspring.FnContext;
import io.github.fnspring.Vendor;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdLoggerTest {

	@Test
	void linesCarryTheRequestIdEvenFromAThreadWithoutBinding() throws Exception {
		FnContext context = InvocationContext.builder(Vendor.LOCAL).requestId("req-77").functionName("orders").build();
		Logger target = (Logger) LoggerFactory.getLogger("fn.function.orders");
		AtomicReference<ILoggingEvent> captured = new AtomicReference<>();
		AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
			@Override
			protected void append(ILoggingEvent event) {
				captured.set(event);
			}
		};
		appender.start();
		target.addAppender(appender);
		try {
			Thread thread = new Thread(() -> context.logger().info("hello {}", "world"));
			thread.start();
			thread.join();
		}
		finally {
			target.detachAppender(appender);
		}
		assertThat(captured.get().getFormattedMessage()).isEqualTo("hello world");
		assertThat(captured.get().getMDCPropertyMap()).containsEntry(FnContext.MDC_REQUEST_ID, "req-77");
		assertThat(context.logger().getName()).isEqualTo("fn.function.orders");
	}

}
