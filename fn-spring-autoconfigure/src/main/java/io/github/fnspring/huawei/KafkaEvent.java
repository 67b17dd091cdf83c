package io.github.fnspring.huawei;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Messages delivered by a FunctionGraph Kafka trigger (DMS for Kafka). Kafka messages
 * have no portable type, so a function takes this record; it is read from FunctionGraph's
 * event JSON without the runtime SDK's event classes.
 *
 * @param region the Kafka instance's region
 * @param instanceId the Kafka instance's id
 * @param eventTime when FunctionGraph sent the event, or {@code null} when not sent
 * @param records the messages by topic, in the order FunctionGraph sent them
 */
public record KafkaEvent(String region, String instanceId, @Nullable Instant eventTime,
		List<KafkaEvent.Batch> records) {

	public KafkaEvent {
		records = List.copyOf(records);
	}

	/**
	 * The messages of one topic.
	 *
	 * @param topicId the topic
	 * @param messages the message values, in order
	 */
	public record Batch(String topicId, List<String> messages) {

		public Batch {
			messages = List.copyOf(messages);
		}

	}

}
