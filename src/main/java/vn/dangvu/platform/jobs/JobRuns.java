package vn.dangvu.platform.jobs;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a scheduled job at most once per period across all application nodes (decision
 * 0223). The node that fires first claims the period with a {@code job_run} row and does
 * the work in the same transaction: when the work fails, the claim goes with it and the
 * next firing in the period tries again; a node that fires later in the period finds the
 * row and does nothing. A run also forgets the history older than
 * {@code dangvu.jobs.history} (13 months by default, so a year's runs can always be
 * compared with the year before), of every job, so the table does not grow without end.
 * Each outcome is counted in {@code dangvu.jobs.runs} (tags job, outcome: done, skipped,
 * failed) and timed in {@code dangvu.jobs.duration}.
 */
@Component
public class JobRuns {

	private static final Logger log = LoggerFactory.getLogger(JobRuns.class);

	private static final int OUTCOME_LENGTH = 500;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final MeterRegistry meters;

	private final String node;

	private final Duration history;

	JobRuns(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, MeterRegistry meters, NodeName node,
			@Value("${dangvu.jobs.history:P400D}") Duration history) {
		if (history.isNegative() || history.isZero()) {
			throw new IllegalArgumentException("dangvu.jobs.history must be positive: " + history);
		}
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.meters = meters;
		this.node = node.get();
		this.history = history;
	}

	/**
	 * Runs {@code work} unless this period of the job has already run somewhere; the work
	 * answers a short account of what it did, kept with the run.
	 * @return whether this node ran it
	 */
	public boolean once(String job, Duration period, Supplier<String> work) {
		Instant now = this.clock.instant();
		Instant periodStart = periodStart(now, period);
		Timer.Sample sample = Timer.start(this.meters);
		String outcome;
		try {
			Boolean ran = this.transactions.execute((status) -> claimAndRun(job, periodStart, now, work));
			outcome = Boolean.TRUE.equals(ran) ? "done" : "skipped";
		}
		catch (RuntimeException ex) {
			log.error("Job {} failed for the period from {}", job, periodStart, ex);
			outcome = "failed";
		}
		sample.stop(this.meters.timer("dangvu.jobs.duration", "job", job, "outcome", outcome));
		this.meters.counter("dangvu.jobs.runs", "job", job, "outcome", outcome).increment();
		return "done".equals(outcome);
	}

	private boolean claimAndRun(String job, Instant periodStart, Instant now, Supplier<String> work) {
		int claimed = this.jdbc
			.sql("insert into job_run (job, period_start, node, started_at) values (:job, :period, :node, :now) "
					+ "on conflict (job, period_start) do nothing")
			.param("job", job)
			.param("period", Timestamp.from(periodStart))
			.param("node", this.node)
			.param("now", Timestamp.from(now))
			.update();
		if (claimed == 0) {
			return false;
		}
		String account = work.get();
		this.jdbc.sql(
				"update job_run set finished_at = :finished, outcome = :outcome where job = :job and period_start = :period")
			.param("finished", Timestamp.from(this.clock.instant()))
			.param("outcome", (account.length() > OUTCOME_LENGTH) ? account.substring(0, OUTCOME_LENGTH) : account)
			.param("job", job)
			.param("period", Timestamp.from(periodStart))
			.update();
		int forgotten = this.jdbc.sql("delete from job_run where started_at < :cutoff")
			.param("cutoff", Timestamp.from(now.minus(this.history)))
			.update();
		log.info("Job {} ran for the period from {} on {}: {} ({} runs older than {} forgotten)", job, periodStart,
				this.node, account, forgotten, this.history);
		return true;
	}

	/**
	 * The start of the period holding {@code now}: periods are counted from the epoch.
	 */
	static Instant periodStart(Instant now, Duration period) {
		long length = period.toMillis();
		if (length <= 0) {
			throw new IllegalArgumentException("A job's period must be positive: " + period);
		}
		return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), length) * length);
	}

}
