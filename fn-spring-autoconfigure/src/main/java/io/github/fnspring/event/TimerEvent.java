package io.github.fnspring.event;

import java.time.Instant;

/**
 * A scheduled trigger firing: FC's timer trigger, SCF's timer trigger or FunctionGraph's
 * timer trigger.
 *
 * @param time when the trigger fired
 * @param triggerName the trigger's name
 * @param payload the user-configured payload or message, empty when none
 */
public record TimerEvent(Instant time, String triggerName, String payload) {
}
