package io.github.fnspring.autoconfigure;

import java.util.UUID;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

import io.github.fnspring.Vendor;
import io.github.fnspring.core.InstanceRestore;
import io.github.fnspring.core.InvocationContext;

/**
 * The instance's restore sequence under a CRaC JDK, the same FunctionGraph's restore hook
 * runs: before the checkpoint nothing of an invocation stays in the image, after the restore
 * the application's {@code FnRestoreHandler}s run. Spring itself stops the context's lifecycle
 * beans (fn-spring's servers and Runtime API loops among them) before the checkpoint and starts
 * them again after the restore; registered before Spring's own resource, this one runs after
 * it before the checkpoint and ahead of it after the restore, so that no invocation comes
 * before the handlers. Registered with CRaC's global context, which holds it only weakly: the
 * bean keeps it.
 */
final class CracRestore implements Resource {

	private final InstanceRestore instanceRestore;

	private final Vendor vendor;

	private final String platform;

	CracRestore(InstanceRestore instanceRestore, Vendor vendor, String platform) {
		this.instanceRestore = instanceRestore;
		this.vendor = vendor;
		this.platform = platform;
	}

	/** Registers with CRaC, which does nothing on a JDK without it. */
	CracRestore register() {
		Core.getGlobalContext().register(this);
		return this;
	}

	@Override
	public void beforeCheckpoint(Context<? extends Resource> context) {
		this.instanceRestore.forgetInvocations();
	}

	@Override
	public void afterRestore(Context<? extends Resource> context) throws Exception {
		this.instanceRestore.restore(InvocationContext.builder(this.vendor)
			.platform(this.platform)
			.requestId("restore-" + UUID.randomUUID())
			.build());
	}

}
