package vn.dangvu.platform.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dangvu.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A job runs once per period, whichever node (here: thread) fires it, and a failure gives
 * the period back.
 */
@IntegrationTest
class JobRunsTest {

	/** Long enough that a test never straddles two periods. */
	private static final Duration DECADE = Duration.ofDays(3650);

	private static final AtomicLong NAMES = new AtomicLong(System.nanoTime());

	@Autowired
	JobRuns runs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	private static String job() {
		return "test-job-" + NAMES.incrementAndGet();
	}

	@Test
	void periodsAreCountedFromTheEpochAndIncludeTheirStart() {
		Duration hour = Duration.ofHours(1);
		assertThat(JobRuns.periodStart(Instant.parse("2026-12-03T04:00:00Z"), hour))
			.isEqualTo(Instant.parse("2026-12-03T04:00:00Z"));
		assertThat(JobRuns.periodStart(Instant.parse("2026-12-03T04:59:59.999Z"), hour))
			.isEqualTo(Instant.parse("2026-12-03T04:00:00Z"));
		assertThat(JobRuns.periodStart(Instant.parse("2026-12-03T05:00:00Z"), hour))
			.isEqualTo(Instant.parse("2026-12-03T05:00:00Z"));
		assertThat(JobRuns.periodStart(Instant.parse("1969-12-31T23:30:00Z"), hour))
			.isEqualTo(Instant.parse("1969-12-31T23:00:00Z"));
		assertThatIllegalArgumentException().isThrownBy(() -> JobRuns.periodStart(Instant.EPOCH, Duration.ZERO));
	}

	@Test
	void aSecondFiringInThePeriodDoesNothing() {
		String job = job();
		AtomicInteger work = new AtomicInteger();
		assertThat(this.runs.once(job, DECADE, () -> "lần " + work.incrementAndGet())).isTrue();
		assertThat(this.runs.once(job, DECADE, () -> "lần " + work.incrementAndGet())).isFalse();
		assertThat(work).hasValue(1);
		assertThat(
				this.jdbc.sql("select outcome from job_run where job = :j").param("j", job).query(String.class).list())
			.containsExactly("lần 1");
		assertThat(this.meters.counter("dangvu.jobs.runs", "job", job, "outcome", "skipped").count()).isEqualTo(1.0);
	}

	@Test
	void aFailedRunGivesThePeriodBack() {
		String job = job();
		assertThat(this.runs.once(job, DECADE, () -> {
			throw new IllegalStateException("hỏng giữa chừng");
		})).isFalse();
		assertThat(rows(job)).isZero();
		assertThat(this.meters.counter("dangvu.jobs.runs", "job", job, "outcome", "failed").count()).isEqualTo(1.0);
		assertThat(this.runs.once(job, DECADE, () -> "xong")).isTrue();
		assertThat(rows(job)).isEqualTo(1);
	}

	@Test
	void nodesFiringAtTheSameInstantRunItOnce() throws Exception {
		for (int round = 0; round < 10; round++) {
			String job = job();
			AtomicInteger work = new AtomicInteger();
			int nodes = 4;
			CyclicBarrier start = new CyclicBarrier(nodes);
			ExecutorService pool = Executors.newFixedThreadPool(nodes);
			try {
				List<Future<Boolean>> fired = java.util.stream.IntStream.range(0, nodes)
					.mapToObj((n) -> pool.submit(() -> {
						start.await();
						return this.runs.once(job, DECADE, () -> "chạy " + work.incrementAndGet());
					}))
					.toList();
				int ran = 0;
				for (Future<Boolean> f : fired) {
					ran += f.get(1, TimeUnit.MINUTES) ? 1 : 0;
				}
				assertThat(ran).isEqualTo(1);
				assertThat(work).hasValue(1);
				assertThat(rows(job)).isEqualTo(1);
			}
			finally {
				pool.shutdownNow();
			}
		}
	}

	@Test
	void aRunForgetsTheHistoryOlderThanThirteenMonths() {
		String old = job();
		String kept = job();
		Instant now = Instant.now();
		insertRun(old, now.minus(Duration.ofDays(401)));
		insertRun(kept, now.minus(Duration.ofDays(399)));
		assertThat(this.runs.once(job(), DECADE, () -> "dọn")).isTrue();
		assertThat(rows(old)).as("a run older than 400 days").isZero();
		assertThat(rows(kept)).as("a run of 399 days ago").isEqualTo(1);
	}

	@Test
	void aSkippedFiringForgetsNothing() {
		String job = job();
		assertThat(this.runs.once(job, DECADE, () -> "một lần")).isTrue();
		String old = job();
		insertRun(old, Instant.now().minus(Duration.ofDays(500)));
		assertThat(this.runs.once(job, DECADE, () -> "lần hai")).isFalse();
		assertThat(rows(old)).isEqualTo(1);
		this.jdbc.sql("delete from job_run where job = :j").param("j", old).update();
	}

	private void insertRun(String job, Instant at) {
		this.jdbc.sql("""
				insert into job_run (job, period_start, node, started_at, finished_at, outcome)
				values (:j, :at, 'test', :at, :at, 'xong')""")
			.param("j", job)
			.param("at", java.sql.Timestamp.from(at))
			.update();
	}

	private int rows(String job) {
		return this.jdbc.sql("select count(*) from job_run where job = :j")
			.param("j", job)
			.query(Integer.class)
			.single();
	}

}
