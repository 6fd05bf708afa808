package cn.lvzhi;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Calls made at the same moment, for tests of two users acting at once: each call runs on its own
 * thread, all wait until every thread is ready, then one latch releases them together. No sleeps.
 */
public final class AtOnce {

	private AtOnce() {
	}

	/** Runs the calls together; answers their results in the calls' order. */
	public static <T> List<T> run(List<Callable<T>> calls) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(calls.size());
		try {
			var ready = new CountDownLatch(calls.size());
			var go = new CountDownLatch(1);
			var futures = new ArrayList<Future<T>>();
			for (var call : calls) {
				futures.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					return call.call();
				}));
			}
			ready.await();
			go.countDown();
			var results = new ArrayList<T>();
			for (var f : futures) {
				results.add(f.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}
}
