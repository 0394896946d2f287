package vn.dangvu.identity.signin;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dangvu.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attempts admitted and never decided (the database failed under them in a failover) hold
 * back parallel attempts as before, but are never failures and stop weighing once no
 * attempt has come for {@link LoginAttempts#PENDING_FOR}: after a failover the right
 * password is not refused as "too many failed attempts" (decision 0250).
 */
@IntegrationTest
class UndecidedSignInTest {

	@Autowired
	LoginAttempts attempts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void undecidedAttemptsHoldBackParallelOnesAndAreForgottenWithoutBecomingFailures() {
		String username = "undecided-" + UUID.randomUUID();
		String address = "10.9." + (int) (Math.random() * 200) + ".7";
		Instant now = Instant.now();
		for (int i = 0; i < 6; i++) {
			assertThat(this.attempts.admit(username, address, now)).isZero();
		}
		// six attempts in flight on one pair (five free): the seventh waits, as parallel
		// guesses must
		assertThat(this.attempts.admit(username, address, now)).isPositive();

		Instant later = now.plus(LoginAttempts.PENDING_FOR).plusSeconds(1);
		assertThat(this.attempts.admit(username, address, later)).isZero();
		assertThat(this.jdbc.sql("select coalesce(max(failures), 0) from login_throttle where key_value like :u || '%'")
			.param("u", username)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aWrongPasswordTurnsItsPendingAttemptIntoAFailure() {
		String username = "undecided-" + UUID.randomUUID();
		String address = "10.8." + (int) (Math.random() * 200) + ".7";
		Instant now = Instant.now();
		for (int i = 0; i < 6; i++) {
			assertThat(this.attempts.admit(username, address, now)).isZero();
			this.attempts.failed(username, address, now);
		}
		assertThat(this.jdbc.sql("select failures, pending from login_throttle where kind = 'PAIR' and key_value = :k")
			.param("k", username + " " + address)
			.query((rs, n) -> rs.getInt(1) + "/" + rs.getInt(2))
			.single()).isEqualTo("6/0");
		assertThat(this.attempts.waitFor(username, address, now)).isPositive();
	}

}
