package vn.dangvu.notification.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.dangvu.platform.jobs.JobRuns;
import vn.dangvu.platform.time.VietnamTime;

/**
 * Once a day, on one node, the outbox forgets the mails that went out (or were kept in
 * demo mode) more than {@code dangvu.mail.retention} ago (13 months by default). Queued
 * and failed mails stay whatever their age: they are still the administrator's business.
 * The notices themselves stay: they are the members' record in the application.
 */
@Component
class ForgetOldMailsJob {

	static final String NAME = "forget-old-mails";

	private final JdbcClient jdbc;

	private final JobRuns runs;

	private final Clock clock;

	private final Period retention;

	ForgetOldMailsJob(JdbcClient jdbc, JobRuns runs, Clock clock,
			@Value("${dangvu.mail.retention:P13M}") Period retention) {
		if (retention.isNegative() || retention.isZero()) {
			throw new IllegalArgumentException("dangvu.mail.retention must be positive: " + retention);
		}
		this.jdbc = jdbc;
		this.runs = runs;
		this.clock = clock;
		this.retention = retention;
	}

	@Scheduled(cron = "${dangvu.jobs.forget-mails.cron:0 40 2 * * *}", zone = "Asia/Ho_Chi_Minh")
	@SchedulerLock(name = NAME, lockAtLeastFor = "PT1S", lockAtMostFor = "PT30M")
	void run() {
		this.runs.once(NAME, Duration.ofDays(1), () -> forget() + " thư đã gửi quá hạn lưu đã xóa khỏi hộp thư đi");
	}

	/** Deletes the old mails that went out or stayed as demo. @return how many */
	int forget() {
		Instant cutoff = this.clock.instant().atZone(VietnamTime.ZONE).minus(this.retention).toInstant();
		return this.jdbc.sql("delete from mail_outbox where status in ('SENT', 'DEMO') and created_at < :cutoff")
			.param("cutoff", Timestamp.from(cutoff))
			.update();
	}

}
