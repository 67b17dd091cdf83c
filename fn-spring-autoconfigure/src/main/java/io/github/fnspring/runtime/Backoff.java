package io.github.fnspring.runtime;

import java.time.Duration;

/** Exponential back-off between retries: doubles from {@code initial} up to {@code max}. */
final class Backoff {

	private final long initialMillis;

	private final long maxMillis;

	private long nextMillis;

	Backoff(Duration initial, Duration max) {
		this.initialMillis = initial.toMillis();
		this.maxMillis = max.toMillis();
		this.nextMillis = this.initialMillis;
	}

	/** Sleeps for the current delay and doubles it. */
	void pause() throws InterruptedException {
		Thread.sleep(this.nextMillis);
		this.nextMillis = Math.min(this.nextMillis * 2, this.maxMillis);
	}

	void reset() {
		this.nextMillis = this.initialMillis;
	}

}
