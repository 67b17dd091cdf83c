package io.github.fnspring.platform;

import java.util.Map;
import java.util.Objects;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The condition behind {@link ConditionalOnPlatform}. */
class OnPlatformCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Map<String, Object> attributes = Objects.requireNonNull(
				metadata.getAnnotationAttributes(ConditionalOnPlatform.class.getName()));
		// value() has no default, so the attribute is always there
		String wanted = (String) Objects.requireNonNull(attributes.get("value"));
		PlatformChoice choice = PlatformChoice.of(context.getEnvironment(),
				PlatformChoice.registered(context.getClassLoader()));
		String served = choice.served().stream().map(FnPlatform::id).toList().toString();
		return choice.serves(wanted) ? ConditionOutcome.match("platform " + wanted + " is served " + served)
				: ConditionOutcome.noMatch("platform " + wanted + " is not served " + served);
	}

}
