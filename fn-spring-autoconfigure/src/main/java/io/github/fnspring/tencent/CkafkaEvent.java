package io.github.fnspring.tencent;

import java.util.List;

/**
 * Messages delivered by an SCF CKafka trigger. Kafka messages have no portable type, so
 * a function takes this record; it is read from SCF's event JSON without the SDK's event
 * classes.
 *
 * @param records the messages, in the order SCF sent them
 */
public record CkafkaEvent(List<CkafkaEvent.Message> records) {

	public CkafkaEvent {
		records = List.copyOf(records);
	}

	/**
	 * One Kafka message.
	 *
	 * @param topic the topic
	 * @param partition the partition, or -1 when not sent (SCF may send an empty string)
	 * @param offset the offset within the partition, or -1 when not sent
	 * @param key the message key as SCF sends it, empty when not sent
	 * @param body the message body
	 */
	public record Message(String topic, int partition, long offset, String key, String body) {
	}

}
