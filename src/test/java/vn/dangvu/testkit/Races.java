package vn.dangvu.testkit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends requests from parallel threads released by one barrier, so that they reach the
 * application (and the embedded PostgreSQL) at the same instant (decision 0156), and
 * reads what the twins answered.
 */
public final class Races {

	/** How many rounds a race test runs: each round is a fresh subject. */
	public static final int ROUNDS = 10;

	private Races() {
	}

	/** One real HTTP request through MockMvc. */
	@FunctionalInterface
	public interface Request {

		MvcResult send() throws Exception;

	}

	/** One round of a race test, on a subject of its own. */
	@FunctionalInterface
	public interface Round {

		void run(int round) throws Exception;

	}

	/** Runs {@link #ROUNDS} rounds, numbered from 1. */
	public static void rounds(Round round) throws Exception {
		for (int r = 1; r <= ROUNDS; r++) {
			round.run(r);
		}
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

	/**
	 * The {@code detail} of the one answer with this status, which must be an
	 * {@code application/problem+json}.
	 */
	public static String problemDetail(List<MvcResult> results, int status) throws Exception {
		MvcResult refused = results.stream()
			.filter((r) -> r.getResponse().getStatus() == status)
			.findFirst()
			.orElseThrow();
		assertThat(refused.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		return JsonPath.read(refused.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.detail");
	}

	/** The flash attributes of the results (of page forms that redirect). */
	public static List<Map<String, Object>> flashes(List<MvcResult> results) {
		return results.stream().map((r) -> Map.copyOf(r.getFlashMap())).toList();
	}

}
