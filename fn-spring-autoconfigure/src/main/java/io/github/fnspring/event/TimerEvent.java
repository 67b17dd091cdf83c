package io.github.fnspring.event;

import java.time.Instant;
import java.util.Objects;

/**
 * A scheduled trigger firing: FC's timer trigger, SCF's timer trigger or FunctionGraph's
 * timer trigger.
 *
 * @param time when the trigger fired
 * @param triggerName the trigger's name
 * @param payload the user-configured payload or message, empty when none
 */
public record TimerEvent(Instant time, String triggerName, String payload) {

	/** A timer event always has a time: JSON without one is not a timer event. */
	public TimerEvent {
		Objects.requireNonNull(time, "time");
		triggerName = (triggerName != null) ? triggerName : "";
		payload = (payload != null) ? payload : "";
	}

}
