package io.github.fnspring.server;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RequestThreadPoolTest {

	private static ThreadPoolExecutor pool(int maxThreads) {
		AtomicInteger count = new AtomicInteger();
		return RequestThreadPool.create(maxThreads, (task) -> new Thread(task, "test-" + count.incrementAndGet()));
	}

	@Test
	void oneAtATimeTrafficKeepsUsingOneThread() throws Exception {
		ThreadPoolExecutor pool = pool(1000);
		try {
			Set<String> threads = ConcurrentHashMap.newKeySet();
			for (int i = 0; i < 50; i++) {
				pool.submit(() -> threads.add(Thread.currentThread().getName())).get(10, TimeUnit.SECONDS);
				// the finished thread is back waiting before the next request comes
				awaitIdle(pool);
			}
			assertThat(threads).hasSize(1);
			assertThat(pool.getLargestPoolSize()).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void concurrentRequestsGrowThePoolToItsLimitAndTheRestWait() throws Exception {
		ThreadPoolExecutor pool = pool(4);
		try {
			CountDownLatch release = new CountDownLatch(1);
			CountDownLatch started = new CountDownLatch(4);
			CountDownLatch finished = new CountDownLatch(10);
			for (int i = 0; i < 10; i++) {
				pool.execute(() -> {
					started.countDown();
					try {
						release.await();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					finished.countDown();
				});
			}
			assertThat(started.await(10, TimeUnit.SECONDS)).as("four run at once").isTrue();
			assertThat(pool.getPoolSize()).isEqualTo(4);
			assertThat(pool.getQueue()).hasSize(6);
			release.countDown();
			assertThat(finished.await(10, TimeUnit.SECONDS)).as("the queued ones run too").isTrue();
			assertThat(pool.getLargestPoolSize()).isEqualTo(4);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Waits until a thread is back waiting for a request. */
	private static void awaitIdle(ThreadPoolExecutor pool) {
		LinkedTransferQueue<Runnable> queue = (LinkedTransferQueue<Runnable>) pool.getQueue();
		await().atMost(Duration.ofSeconds(10)).until(queue::hasWaitingConsumer);
	}

}
