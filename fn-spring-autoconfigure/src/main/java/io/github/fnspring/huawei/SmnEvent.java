package io.github.fnspring.huawei;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Messages delivered by a FunctionGraph SMN (Simple Message Notification) trigger.
 * Notifications have no portable type, so a function takes this record; it is read from
 * FunctionGraph's event JSON without the runtime SDK's event classes.
 *
 * @param records the messages, in the order FunctionGraph sent them
 */
public record SmnEvent(List<SmnEvent.Message> records) {

	public SmnEvent {
		records = List.copyOf(records);
	}

	/**
	 * One message published to a topic.
	 *
	 * @param topicUrn the topic's URN
	 * @param timestamp when the message was published, or {@code null} when not sent
	 * @param subject the message subject
	 * @param message the message content
	 * @param messageId the message id
	 * @param type the message type, e.g. {@code notification}
	 * @param attributes the message attributes, empty when SMN sends none (it sends
	 * {@code null}); a value that is not a string is kept as its JSON text
	 */
	public record Message(String topicUrn, @Nullable Instant timestamp, String subject, String message,
			String messageId, String type, Map<String, String> attributes) {

		public Message {
			attributes = Map.copyOf(attributes);
		}

	}

}
