package vn.dangvu.identity;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.dangvu.identity.domain.LockoutPolicy;
import vn.dangvu.identity.domain.LockoutPolicy.State;

import static org.assertj.core.api.Assertions.assertThat;

class LockoutPolicyTest {

	private final LockoutPolicy policy = new LockoutPolicy(5, Duration.ofMinutes(15));

	private final Instant now = Instant.parse("2026-03-01T08:00:00Z");

	@Test
	void fourFailuresCountButDoNotLock() {
		State s = new State(0, null);
		for (int i = 0; i < 4; i++) {
			s = this.policy.afterFailure(s, this.now);
		}
		assertThat(s.failedAttempts()).isEqualTo(4);
		assertThat(s.isLocked(this.now)).isFalse();
	}

	@Test
	void fifthConsecutiveFailureLocksForFifteenMinutes() {
		State s = this.policy.afterFailure(new State(4, null), this.now);
		assertThat(s.isLocked(this.now)).isTrue();
		assertThat(s.lockedUntil()).isEqualTo(this.now.plus(Duration.ofMinutes(15)));
		assertThat(s.isLocked(this.now.plus(Duration.ofMinutes(15)))).isFalse();
	}

	@Test
	void failuresWhileLockedDoNotExtendTheLock() {
		State locked = new State(5, this.now.plusSeconds(60));
		assertThat(this.policy.afterFailure(locked, this.now)).isEqualTo(locked);
	}

	@Test
	void aFailureAfterTheLockRanOutStartsAFreshCount() {
		State expired = new State(5, this.now.minusSeconds(1));
		State s = this.policy.afterFailure(expired, this.now);
		assertThat(s.failedAttempts()).isEqualTo(1);
		assertThat(s.lockedUntil()).isNull();
	}

	@Test
	void successResetsTheCount() {
		assertThat(this.policy.afterSuccess()).isEqualTo(new State(0, null));
	}

}
