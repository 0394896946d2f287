package vn.dangvu.identity.signin;

import java.time.Duration;
import java.time.Instant;

/**
 * How long one throttling key (an account, a client address, or the pair) makes the next
 * sign-in wait: nothing for the first {@code freeFailures} failed attempts, then
 * {@code firstDelay} doubling with each further failure up to {@code maxDelay}. A key
 * without a failure for {@code forgetAfter} starts afresh (decision 0167).
 */
record ThrottlePolicy(int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter) {

	/** The failures that still count at {@code now}. */
	public int countingFailures(int failures, Instant lastFailureAt, Instant now) {
		return (lastFailureAt == null || !lastFailureAt.plus(this.forgetAfter).isAfter(now)) ? 0 : failures;
	}

	/** The wait after {@code failures} counted failures, from the last of them. */
	public Duration delayAfter(int failures) {
		int beyond = failures - this.freeFailures;
		if (beyond <= 0) {
			return Duration.ZERO;
		}
		Duration delay = this.firstDelay;
		for (int i = 1; i < beyond && delay.compareTo(this.maxDelay) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return (delay.compareTo(this.maxDelay) > 0) ? this.maxDelay : delay;
	}

	/**
	 * How long an attempt at {@code now} still has to wait; zero when it may go ahead.
	 */
	public Duration waitAt(int failures, Instant lastFailureAt, Instant now) {
		int counted = countingFailures(failures, lastFailureAt, now);
		Duration delay = delayAfter(counted);
		if (counted == 0 || delay.isZero()) {
			// within the free allowance, however close the last attempt (the database
			// keeps
			// microseconds and rounds, so it may even lie a fraction after now)
			return Duration.ZERO;
		}
		Instant allowedFrom = lastFailureAt.plus(delay);
		return allowedFrom.isAfter(now) ? Duration.between(now, allowedFrom) : Duration.ZERO;
	}

}
