package io.github.fnspring.runtime;

import io.github.fnspring.core.InvocationContext;

/** Reads the context of an invocation from the event a Runtime API handed out. */
public interface RuntimeContextReader {

	/** The context of the event's invocation; its deadline counts from the event's receipt. */
	InvocationContext fromRuntimeEvent(RuntimeEvent event);

}
