package io.github.fnspring.core;

/**
 * State of an instance that a restore from a snapshot reads again, before any invocation:
 * what the instance read from its environment at start, which the restored copy's
 * environment may contradict.
 */
public interface Renewable {

	/** Reads the state again, from the restored process. */
	void renew();

}
