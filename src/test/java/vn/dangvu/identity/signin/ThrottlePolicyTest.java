package vn.dangvu.identity.signin;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottlePolicyTest {

	private final ThrottlePolicy account = new ThrottlePolicy(10, Duration.ofSeconds(1), Duration.ofSeconds(60),
			Duration.ofHours(24));

	private final Instant now = Instant.parse("2026-03-01T08:00:00Z");

	@Test
	void theFreeFailuresCostNothing() {
		for (int n = 0; n <= 10; n++) {
			assertThat(this.account.delayAfter(n)).isZero();
		}
	}

	@Test
	void delaysDoubleBeyondTheAllowanceUpToTheCap() {
		assertThat(this.account.delayAfter(11)).hasSeconds(1);
		assertThat(this.account.delayAfter(12)).hasSeconds(2);
		assertThat(this.account.delayAfter(13)).hasSeconds(4);
		assertThat(this.account.delayAfter(16)).hasSeconds(32);
		assertThat(this.account.delayAfter(17)).hasSeconds(60);
		assertThat(this.account.delayAfter(10_000)).hasSeconds(60);
	}

	@Test
	void theWaitRunsFromTheLastFailureAndNeverRefusesForLongerThanTheCap() {
		assertThat(this.account.waitAt(13, this.now.minusSeconds(1), this.now)).hasSeconds(3);
		assertThat(this.account.waitAt(13, this.now.minusSeconds(4), this.now)).isZero();
		assertThat(this.account.waitAt(1_000_000, this.now, this.now)).isLessThanOrEqualTo(Duration.ofSeconds(60));
	}

	@Test
	void aKeyQuietForADayStartsAfresh() {
		Instant dayAgo = this.now.minus(Duration.ofHours(24));
		assertThat(this.account.countingFailures(50, dayAgo, this.now)).isZero();
		assertThat(this.account.countingFailures(50, dayAgo.plusSeconds(1), this.now)).isEqualTo(50);
		assertThat(this.account.waitAt(50, dayAgo, this.now)).isZero();
	}

}
