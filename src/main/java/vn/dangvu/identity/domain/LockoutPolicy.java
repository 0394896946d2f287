package vn.dangvu.identity.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Counts consecutive failed sign-ins: the {@code maxFailedAttempts}-th failure locks the
 * account for {@code lockDuration}; a failure after a lock has run out starts a fresh
 * count; a success resets everything.
 */
public record LockoutPolicy(int maxFailedAttempts, Duration lockDuration) {

	/** The sign-in state of one account. */
	public record State(int failedAttempts, Instant lockedUntil) {

		public boolean isLocked(Instant now) {
			return this.lockedUntil != null && this.lockedUntil.isAfter(now);
		}

	}

	public State afterFailure(State state, Instant now) {
		if (state.isLocked(now)) {
			return state;
		}
		boolean lockRanOut = state.lockedUntil() != null;
		int failures = (lockRanOut ? 0 : state.failedAttempts()) + 1;
		if (failures >= this.maxFailedAttempts) {
			return new State(failures, now.plus(this.lockDuration));
		}
		return new State(failures, null);
	}

	public State afterSuccess() {
		return new State(0, null);
	}

}
