package vn.dangvu.identity.signin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dangvu.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hourly job forgets exactly the throttle keys whose failures no longer count: a
 * failure 24 hours old goes, one a second younger stays (and still counts).
 */
@IntegrationTest
class ForgetOldFailuresJobTest {

	@Autowired
	LoginAttempts attempts;

	@Autowired
	ForgetOldFailuresJob job;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void keysOlderThanTheForgettingTimeGoAndTheOthersStay() {
		Instant now = this.clock.instant();
		throttle("forget-exactly", now.minus(LoginAttempts.FORGET));
		throttle("forget-older", now.minus(LoginAttempts.FORGET).minusSeconds(3600));
		throttle("keep-younger", now.minus(LoginAttempts.FORGET).plusSeconds(1));
		assertThat(this.attempts.forgetOldFailures(now)).isGreaterThanOrEqualTo(2);
		assertThat(keys()).contains("keep-younger").doesNotContain("forget-exactly", "forget-older");
	}

	@Test
	void theScheduledRunIsRecordedOncePerPeriod() {
		this.job.run();
		int afterFirst = runs();
		this.job.run();
		assertThat(afterFirst).isPositive();
		assertThat(runs()).isEqualTo(afterFirst);
		assertThat(this.jdbc.sql("select outcome from job_run where job = :j order by period_start desc limit 1")
			.param("j", ForgetOldFailuresJob.NAME)
			.query(String.class)
			.single()).endsWith("khóa đăng nhập hết hạn đã xóa");
	}

	private int runs() {
		return this.jdbc.sql("select count(*) from job_run where job = :j")
			.param("j", ForgetOldFailuresJob.NAME)
			.query(Integer.class)
			.single();
	}

	private void throttle(String key, Instant lastFailure) {
		this.jdbc.sql(
				"insert into login_throttle (kind, key_value, failures, last_failure_at) values ('ACCOUNT', :k, 7, :t) "
						+ "on conflict (kind, key_value) do update set last_failure_at = excluded.last_failure_at")
			.param("k", key)
			.param("t", Timestamp.from(lastFailure))
			.update();
	}

	private java.util.List<String> keys() {
		return this.jdbc.sql("select key_value from login_throttle where kind = 'ACCOUNT'").query(String.class).list();
	}

}
