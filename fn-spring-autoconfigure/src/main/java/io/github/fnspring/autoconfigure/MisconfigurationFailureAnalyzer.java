package io.github.fnspring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import io.github.fnspring.core.MisconfigurationException;

/** Reports a configuration fn-spring cannot start with as a description and an action. */
final class MisconfigurationFailureAnalyzer extends AbstractFailureAnalyzer<MisconfigurationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MisconfigurationException cause) {
		return new FailureAnalysis(cause.description(), cause.action(), cause);
	}

}
