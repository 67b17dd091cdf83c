package io.github.fnspring.aliyun;

/**
 * Request details only FC's SDK context exposes, kept for
 * {@code FnContext.unwrap(com.aliyun.fc.runtime.Context.class)}.
 */
record FcRequestDetails(String handler, String initializer, String qualifier, String versionId, String serviceName,
		String logProject, String logStore, int retryCount) {
}
