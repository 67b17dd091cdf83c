package io.github.fnspring.core;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.MDC;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.spi.LocationAwareLogger;

import io.github.fnspring.FnContext;

/**
 * A logger bound to one request id: each line is logged with the id in the MDC, even from
 * a thread the function started itself, so the vendor log pattern can print it.
 */
final class RequestIdLogger extends AbstractLogger {

	private static final String FQCN = AbstractLogger.class.getName();

	private final transient Logger delegate;

	private final String requestId;

	RequestIdLogger(Logger delegate, String requestId) {
		this.delegate = delegate;
		this.name = delegate.getName();
		this.requestId = requestId;
	}

	@Override
	protected String getFullyQualifiedCallerName() {
		return FQCN;
	}

	@Override
	protected void handleNormalizedLoggingCall(Level level, @Nullable Marker marker, String messagePattern,
			Object @Nullable [] arguments, @Nullable Throwable throwable) {
		String previous = MDC.get(FnContext.MDC_REQUEST_ID);
		MDC.put(FnContext.MDC_REQUEST_ID, this.requestId);
		try {
			if (this.delegate instanceof LocationAwareLogger locationAware) {
				locationAware.log(marker, FQCN, level.toInt(), messagePattern, arguments, throwable);
			}
			else {
				this.delegate.atLevel(level).addMarker(marker).setCause(throwable).log(messagePattern, arguments);
			}
		}
		finally {
			if (previous != null) {
				MDC.put(FnContext.MDC_REQUEST_ID, previous);
			}
			else {
				MDC.remove(FnContext.MDC_REQUEST_ID);
			}
		}
	}

	@Override
	public boolean isTraceEnabled() {
		return this.delegate.isTraceEnabled();
	}

	@Override
	public boolean isTraceEnabled(Marker marker) {
		return this.delegate.isTraceEnabled(marker);
	}

	@Override
	public boolean isDebugEnabled() {
		return this.delegate.isDebugEnabled();
	}

	@Override
	public boolean isDebugEnabled(Marker marker) {
		return this.delegate.isDebugEnabled(marker);
	}

	@Override
	public boolean isInfoEnabled() {
		return this.delegate.isInfoEnabled();
	}

	@Override
	public boolean isInfoEnabled(Marker marker) {
		return this.delegate.isInfoEnabled(marker);
	}

	@Override
	public boolean isWarnEnabled() {
		return this.delegate.isWarnEnabled();
	}

	@Override
	public boolean isWarnEnabled(Marker marker) {
		return this.delegate.isWarnEnabled(marker);
	}

	@Override
	public boolean isErrorEnabled() {
		return this.delegate.isErrorEnabled();
	}

	@Override
	public boolean isErrorEnabled(Marker marker) {
		return this.delegate.isErrorEnabled(marker);
	}

}
