package io.github.fnspring.console;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.UnsynchronizedAppenderBase;

import io.github.fnspring.FnContext;

/**
 * Keeps the log lines of the invocations the console makes, told apart by the request id
 * fn-spring puts in the log context of each invocation, so that concurrent invocations never
 * mix: a Logback appender on the root logger that keeps only lines of request ids it was told
 * to watch, at most {@value #LIMIT_BYTES} characters of each (the last, as the clouds' log
 * tails). Unsynchronized: logging threads never wait on one another here, only on the one
 * invocation's lines they add to.
 */
final class InvocationLogCapture extends UnsynchronizedAppenderBase<ILoggingEvent> {

	/** What the clouds' consoles show of an invocation's log. */
	static final int LIMIT_BYTES = 4 * 1024;

	private final Map<String, StringBuilder> watched = new ConcurrentHashMap<>();

	private InvocationLogCapture() {
		setName("fn-console");
	}

	/** The capture, on the root logger of Logback, or {@code null} when the application logs with something else. */
	static @Nullable InvocationLogCapture attach() {
		ILoggerFactory factory = LoggerFactory.getILoggerFactory();
		if (!(factory instanceof LoggerContext context)) {
			return null;
		}
		InvocationLogCapture capture = new InvocationLogCapture();
		capture.setContext(context);
		capture.start();
		context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(capture);
		return capture;
	}

	/** Takes the capture off the root logger. */
	void detach() {
		if (getContext() instanceof LoggerContext context) {
			context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(this);
		}
		stop();
	}

	/** Starts keeping the lines of an invocation about to be sent. */
	void watch(String requestId) {
		this.watched.put(requestId, new StringBuilder());
	}

	/** Stops keeping the invocation's lines and returns them. */
	String release(String requestId) {
		StringBuilder lines = this.watched.remove(requestId);
		if (lines == null) {
			return "";
		}
		synchronized (lines) {
			return lines.toString();
		}
	}

	@Override
	protected void append(ILoggingEvent event) {
		String requestId = event.getMDCPropertyMap().get(FnContext.MDC_REQUEST_ID);
		StringBuilder lines = (requestId != null) ? this.watched.get(requestId) : null;
		if (lines == null) {
			return;
		}
		String line = line(event);
		synchronized (lines) {
			lines.append(line);
			if (lines.length() > LIMIT_BYTES) {
				lines.delete(0, lines.length() - LIMIT_BYTES);
			}
		}
	}

	private static String line(ILoggingEvent event) {
		StringBuilder line = new StringBuilder().append(event.getLevel())
			.append(' ')
			.append(event.getLoggerName())
			.append(" - ")
			.append(event.getFormattedMessage())
			.append('\n');
		for (IThrowableProxy throwable = event.getThrowableProxy(); throwable != null; throwable = throwable.getCause()) {
			line.append(throwable.getClassName()).append(": ").append(throwable.getMessage()).append('\n');
		}
		return line.toString();
	}

}
