package io.github.fnspring.huawei;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.jspecify.annotations.Nullable;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.helpers.MessageFormatter;

import com.huawei.services.runtime.RuntimeLogger;

/**
 * An SLF4J logger that writes through FunctionGraph's {@link RuntimeLogger}, which prints
 * {@code <time> <requestId> <message>} and ties the line to the invocation in FunctionGraph's
 * logs. The runtime logger keeps its own level, so every level is enabled here.
 */
final class FgRuntimeLogger extends AbstractLogger {

	private final transient RuntimeLogger runtimeLogger;

	FgRuntimeLogger(String name, RuntimeLogger runtimeLogger) {
		this.name = name;
		this.runtimeLogger = runtimeLogger;
	}

	@Override
	protected String getFullyQualifiedCallerName() {
		return AbstractLogger.class.getName();
	}

	@Override
	protected void handleNormalizedLoggingCall(Level level, @Nullable Marker marker, String messagePattern,
			Object @Nullable [] arguments, @Nullable Throwable throwable) {
		String message = MessageFormatter.basicArrayFormat(messagePattern, arguments);
		if (throwable != null) {
			StringWriter trace = new StringWriter();
			throwable.printStackTrace(new PrintWriter(trace));
			message = message + System.lineSeparator() + trace;
		}
		switch (level) {
			case TRACE, DEBUG -> this.runtimeLogger.debug(message);
			case INFO -> this.runtimeLogger.info(message);
			case WARN -> this.runtimeLogger.warn(message);
			case ERROR -> this.runtimeLogger.error(message);
		}
	}

	@Override
	public boolean isTraceEnabled() {
		return true;
	}

	@Override
	public boolean isTraceEnabled(Marker marker) {
		return true;
	}

	@Override
	public boolean isDebugEnabled() {
		return true;
	}

	@Override
	public boolean isDebugEnabled(Marker marker) {
		return true;
	}

	@Override
	public boolean isInfoEnabled() {
		return true;
	}

	@Override
	public boolean isInfoEnabled(Marker marker) {
		return true;
	}

	@Override
	public boolean isWarnEnabled() {
		return true;
	}

	@Override
	public boolean isWarnEnabled(Marker marker) {
		return true;
	}

	@Override
	public boolean isErrorEnabled() {
		return true;
	}

	@Override
	public boolean isErrorEnabled(Marker marker) {
		return true;
	}

}
