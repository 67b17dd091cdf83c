package io.github.fnspring.benchmarks;

import java.nio.file.Path;

/** Something the cold-start benchmark starts from nothing until it answers the order event. */
interface Target {

	/** How the table names it. */
	String name();

	/** The JVM flags the table shows for it. */
	String jvmFlags();

	/**
	 * Starts it once, waits for its answer, stops it.
	 * @param log where its output goes
	 * @throws ColdStartFailure if it does not answer with the receipt in time
	 */
	Sample run(Path log) throws Exception;

}
