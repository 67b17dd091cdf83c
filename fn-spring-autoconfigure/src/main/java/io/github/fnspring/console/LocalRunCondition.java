package io.github.fnspring.console;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

import io.github.fnspring.platform.PlatformChoice;

/**
 * Matches a local run: no cloud's environment detected. Never during an AOT build, which
 * makes a package for a cloud: what it freezes in must not include the console.
 */
class LocalRunCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		if (context.getEnvironment().getProperty("spring.aot.processing", Boolean.class, false)) {
			return ConditionOutcome.noMatch("an AOT build, which makes a package for a cloud");
		}
		PlatformChoice choice = PlatformChoice.of(context.getEnvironment(),
				PlatformChoice.registered(context.getClassLoader()));
		return choice.inCloud() ? ConditionOutcome.noMatch("in a cloud (" + choice.platform().id() + ")")
				: ConditionOutcome.match("a local run");
	}

}
