package io.github.fnspring.aliyun;

import org.jspecify.annotations.Nullable;

/**
 * Request details only FC's SDK context exposes, kept for
 * {@code FnContext.unwrap(com.aliyun.fc.runtime.Context.class)}.
 */
record FcRequestDetails(@Nullable String handler, @Nullable String initializer, @Nullable String qualifier,
		@Nullable String versionId, @Nullable String serviceName, @Nullable String logProject,
		@Nullable String logStore, int retryCount) {
}
