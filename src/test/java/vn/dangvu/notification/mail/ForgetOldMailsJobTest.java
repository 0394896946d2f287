package vn.dangvu.notification.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestClock;
import vn.dangvu.platform.time.VietnamTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox keeps 13 months of mails that went out: one day older and they go, queued
 * and failed mails stay whatever their age, the notice stays.
 */
@IntegrationTest
class ForgetOldMailsJobTest {

	@Autowired
	ForgetOldMailsJob job;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void sentAndDemoMailsOlderThanThirteenMonthsGoTheOthersStay() {
		LocalDate today = LocalDate.of(2031, 3, 15);
		this.clock.setToday(today);
		ZonedDateTime limit = today.minusMonths(13).atStartOfDay(VietnamTime.ZONE);
		long notice = this.jdbc.sql("""
				insert into notice (kind, reference, subject, body, created_at, created_by)
				values ('TEST', 'test:outbox-retention', 'Thư cũ', 'Nội dung', now(), 'test') returning id""")
			.query(Long.class)
			.single();
		long oldSent = mail(notice, "SENT", limit.minusDays(1).toInstant());
		long oldDemo = mail(notice, "DEMO", limit.minusDays(1).toInstant());
		long oldFailed = mail(notice, "FAILED", limit.minusDays(40).toInstant());
		long oldQueued = mail(notice, "QUEUED", limit.minusDays(40).toInstant());
		long recentSent = mail(notice, "SENT", limit.plusDays(1).toInstant());

		assertThat(this.job.forget()).isGreaterThanOrEqualTo(2);
		List<Long> left = this.jdbc.sql("select id from mail_outbox where notice_id = :n order by id")
			.param("n", notice)
			.query(Long.class)
			.list();
		assertThat(left).containsExactly(oldFailed, oldQueued, recentSent).doesNotContain(oldSent, oldDemo);
		assertThat(this.jdbc.sql("select count(*) from notice where id = :n")
			.param("n", notice)
			.query(Long.class)
			.single()).isEqualTo(1);
		this.jdbc.sql("delete from mail_outbox where notice_id = :n").param("n", notice).update();
	}

	private long mail(long notice, String status, Instant created) {
		return this.jdbc.sql("""
				insert into mail_outbox (notice_id, person_id, recipient, recipient_name, subject, body, status,
				  next_attempt_at, created_at, search_text)
				values (:n, 0, 'a@b.example.vn', 'A', 'Thư cũ', 'Nội dung', :status, :at, :at, 'thu cu')
				returning id""")
			.param("n", notice)
			.param("status", status)
			.param("at", Timestamp.from(created))
			.query(Long.class)
			.single();
	}

}
