package io.github.fnspring.tencent;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Messages delivered by an SCF CMQ topic trigger. Queue messages have no portable type,
 * so a function takes this record; it is read from SCF's event JSON without the SDK's
 * event classes.
 *
 * @param records the messages, in the order SCF sent them
 */
public record CmqTopicEvent(List<CmqTopicEvent.Message> records) {

	public CmqTopicEvent {
		records = List.copyOf(records);
	}

	/**
	 * One message published to a topic.
	 *
	 * @param topicOwner the topic owner's account id; a string because SCF sends it as a
	 * string or a number
	 * @param topicName the topic name
	 * @param subscriptionName the subscription that delivered the message
	 * @param publishTime when the message was published, or {@code null} when not sent
	 * @param messageId the message id
	 * @param requestId the id of the request that published the message
	 * @param body the message body
	 * @param tags the message's tags, SCF's comma-separated {@code msgTag} split
	 */
	public record Message(String topicOwner, String topicName, String subscriptionName, @Nullable Instant publishTime,
			String messageId, String requestId, String body, List<String> tags) {

		public Message {
			tags = List.copyOf(tags);
		}

	}

}
