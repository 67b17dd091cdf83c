package io.github.fnspring.benchmarks;

/** A target that failed to start or answer: the benchmark stops, as its numbers would be wrong. */
class ColdStartFailure extends RuntimeException {

	ColdStartFailure(String message) {
		super(message);
	}

}
