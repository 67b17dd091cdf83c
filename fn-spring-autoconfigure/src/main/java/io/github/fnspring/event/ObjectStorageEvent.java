package io.github.fnspring.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Objects changed in a bucket: Alibaba OSS, Tencent COS or Huawei OBS notifications.
 *
 * @param changes the changed objects, in the order the platform sent them
 */
public record ObjectStorageEvent(List<ObjectChange> changes) {

	/** JSON without a list of changes is not an object-storage event. */
	public ObjectStorageEvent {
		changes = List.copyOf(Objects.requireNonNull(changes, "changes"));
	}

	/**
	 * One changed object.
	 *
	 * @param eventName the vendor's event name, e.g. {@code ObjectCreated:PutObject}
	 * @param region the bucket's region
	 * @param bucket the bucket name
	 * @param key the object key within the bucket
	 * @param size the object size in bytes, or -1 when not sent
	 * @param eTag the object's ETag, empty when not sent
	 * @param eventTime when the change happened, or {@code null} when not sent
	 */
	public record ObjectChange(String eventName, String region, String bucket, String key, long size, String eTag,
			@Nullable Instant eventTime) {
	}

}
