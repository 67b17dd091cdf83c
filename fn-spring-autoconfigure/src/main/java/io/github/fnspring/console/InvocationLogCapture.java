package io.github.fnspring.console;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.LoggerContextListener;
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
final class InvocationLogCapture extends UnsynchronizedAppenderBase<ILoggingEvent> implements LoggerContextListener {

	/** What the clouds' consoles show of an invocation's log. */
	static final int LIMIT_BYTES = 4 * 1024;

	private final Map<String, StringBuilder> watched = new ConcurrentHashMap<>();

	private InvocationLogCapture() {
		setName("fn-console");
	}

	/** The capture, on the root logger of Logback, or {@code null} when the application logs with something else. */
	static @Nullable InvocationLogCapture attach() {
		return attach(LoggerFactory.getILoggerFactory());
	}

	/** The capture, on the root logger of {@code factory} when it is Logback's, else {@code null}. */
	static @Nullable InvocationLogCapture attach(ILoggerFactory factory) {
		if (!(factory instanceof LoggerContext context)) {
			return null;
		}
		InvocationLogCapture capture = new InvocationLogCapture();
		capture.setContext(context);
		capture.addToRoot(context);
		// Logback reconfigured (Spring Boot again, or scan="true") detaches every appender: back on
		context.addListener(capture);
		return capture;
	}

	private void addToRoot(LoggerContext context) {
		start();
		context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(this);
	}

	/** Takes the capture off the root logger for good. */
	void detach() {
		if (getContext() instanceof LoggerContext context) {
			context.removeListener(this);
			context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(this);
		}
		stop();
	}

	@Override
	public boolean isResetResistant() {
		return true;
	}

	@Override
	public void onReset(LoggerContext context) {
		addToRoot(context);
	}

	@Override
	public void onStart(LoggerContext context) {
	}

	@Override
	public void onStop(LoggerContext context) {
	}

	@Override
	public void onLevelChange(Logger logger, Level level) {
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
