package io.github.fnspring;

/**
 * A bean called when the instance was restored from a snapshot of another process, before its
 * first invocation: FunctionGraph's snapshot-based cold start (its restore hook,
 * {@code io.github.fnspring.huawei.FunctionGraphHandler.restore}), or the restore of a CRaC
 * checkpoint. Renew here what the snapshot froze and must differ per instance: connections,
 * random seeds, host names, time-derived values, per-instance ids. The handlers run in order,
 * each even when an earlier one failed; a failure fails the restore.
 */
@FunctionalInterface
public interface FnRestoreHandler {

	/** @param context the restore call's context: the platform's, or a local one under CRaC */
	void afterRestore(FnContext context) throws Exception;

}
