package io.github.fnspring.server;

import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The request threads of the HTTP server: an idle thread takes a request when there is
 * one, another thread starts when there is not, up to the limit, and past it requests
 * wait in a queue; a thread idle for a minute ends. The JDK's pool alone cannot do this:
 * with core = max it starts a new thread for every request until the limit is reached,
 * even when the others are idle (1000 threads for one-at-a-time traffic on FunctionGraph),
 * and with a smaller core and an unbounded queue it never grows past the core.
 */
final class RequestThreadPool {

	private static final long IDLE_SECONDS = 60;

	private RequestThreadPool() {
	}

	static ThreadPoolExecutor create(int maxThreads, ThreadFactory threads) {
		HandOffQueue queue = new HandOffQueue();
		return new ThreadPoolExecutor(0, maxThreads, IDLE_SECONDS, TimeUnit.SECONDS, queue, threads,
				(request, pool) -> {
					if (pool.isShutdown()) {
						throw new RejectedExecutionException("The server is stopping");
					}
					queue.enqueue(request);
				});
	}

	/**
	 * Hands a request to a thread waiting for one, or refuses it, so that the pool starts a
	 * thread; once the pool is full, the refused request is queued.
	 */
	private static final class HandOffQueue extends LinkedTransferQueue<Runnable> {

		@Override
		public boolean offer(Runnable request) {
			return tryTransfer(request);
		}

		void enqueue(Runnable request) {
			super.offer(request);
		}

	}

}
