package vn.dangvu.membership;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.springframework.test.web.servlet.MvcResult;

/**
 * Sends requests from parallel threads released by one barrier, so that they reach the
 * application (and the embedded PostgreSQL) at the same instant.
 */
public final class Race {

	private Race() {
	}

	/** One real HTTP request through MockMvc. */
	@FunctionalInterface
	public interface Request {

		MvcResult send() throws Exception;

	}

	/** The results of the requests, in the order given. */
	public static List<MvcResult> atOnce(Request... requests) throws Exception {
		CyclicBarrier start = new CyclicBarrier(requests.length);
		ExecutorService pool = Executors.newFixedThreadPool(requests.length);
		try {
			List<Future<MvcResult>> futures = new ArrayList<>();
			for (Request r : requests) {
				futures.add(pool.submit(() -> {
					start.await();
					return r.send();
				}));
			}
			List<MvcResult> results = new ArrayList<>();
			for (Future<MvcResult> f : futures) {
				// a guard against a hung lock, not a measure: a round takes well under a
				// second
				results.add(f.get(2, TimeUnit.MINUTES));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** The HTTP statuses of the results, sorted (e.g. [201, 409]). */
	public static List<Integer> statuses(List<MvcResult> results) {
		return results.stream().map((r) -> r.getResponse().getStatus()).sorted().toList();
	}

}
