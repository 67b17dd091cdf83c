package io.github.fnspring.huawei;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Records delivered by a FunctionGraph DIS (Data Ingestion Service) trigger. Stream
 * records have no portable type, so a function takes this record; it is read from
 * FunctionGraph's event JSON without the runtime SDK's event classes.
 *
 * @param streamName the stream
 * @param shardId the shard the records were read from
 * @param records the records, in the order FunctionGraph sent them
 */
public record DisEvent(String streamName, String shardId, List<DisEvent.Record> records) {

	public DisEvent {
		records = List.copyOf(records);
	}

	/**
	 * One stream record. Two records are equal when their data bytes are, not only when
	 * they share the array.
	 *
	 * @param partitionKey the partition key the record was written with
	 * @param sequenceNumber the record's sequence number in its shard, or -1 when not sent
	 * @param data the record's data, decoded from the base64 FunctionGraph sends
	 */
	public record Record(String partitionKey, long sequenceNumber, byte[] data) {

		public Record {
			Objects.requireNonNull(data, "data");
		}

		/** The data decoded as UTF-8. */
		public String dataAsString() {
			return new String(this.data, StandardCharsets.UTF_8);
		}

		@Override
		public boolean equals(Object other) {
			return this == other || (other instanceof Record record && this.sequenceNumber == record.sequenceNumber
					&& Objects.equals(this.partitionKey, record.partitionKey) && Arrays.equals(this.data, record.data));
		}

		@Override
		public int hashCode() {
			return 31 * Objects.hash(this.partitionKey, this.sequenceNumber) + Arrays.hashCode(this.data);
		}

		@Override
		public String toString() {
			return "Record[partitionKey=" + this.partitionKey + ", sequenceNumber=" + this.sequenceNumber + ", "
					+ this.data.length + " data bytes]";
		}

	}

}
