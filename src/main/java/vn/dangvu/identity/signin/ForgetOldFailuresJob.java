package vn.dangvu.identity.signin;

import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.dangvu.platform.jobs.JobRuns;

/**
 * Every hour (by default), on one node only, the sign-in throttle forgets the keys whose
 * failures no longer count (decision 0223). The period and the timetable are settings so
 * that the cluster test can fire it every few seconds.
 */
@Component
class ForgetOldFailuresJob {

	static final String NAME = "forget-old-sign-in-failures";

	private final LoginAttempts attempts;

	private final JobRuns runs;

	private final Clock clock;

	private final Duration period;

	ForgetOldFailuresJob(LoginAttempts attempts, JobRuns runs, Clock clock,
			@Value("${dangvu.jobs.forget-failures.period:PT1H}") Duration period) {
		this.attempts = attempts;
		this.runs = runs;
		this.clock = clock;
		this.period = period;
	}

	@Scheduled(cron = "${dangvu.jobs.forget-failures.cron:0 17 * * * *}", zone = "Asia/Ho_Chi_Minh")
	@SchedulerLock(name = NAME, lockAtLeastFor = "PT1S", lockAtMostFor = "PT10M")
	void run() {
		this.runs.once(NAME, this.period,
				() -> this.attempts.forgetOldFailures(this.clock.instant()) + " khóa đăng nhập hết hạn đã xóa");
	}

}
