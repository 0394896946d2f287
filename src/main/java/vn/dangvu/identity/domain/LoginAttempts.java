package vn.dangvu.identity.domain;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.platform.audit.RecordChanged;

/**
 * Keeps the count of consecutive failed sign-ins of each account and locks it per
 * {@link LockoutPolicy}. Unknown usernames leave no trace.
 */
@Service
public class LoginAttempts {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final LockoutPolicy policy;

	LoginAttempts(JdbcClient jdbc, ApplicationEventPublisher events,
			@Value("${dangvu.security.max-failed-attempts:5}") int maxFailedAttempts,
			@Value("${dangvu.security.lock-minutes:15}") int lockMinutes) {
		this.jdbc = jdbc;
		this.events = events;
		this.policy = new LockoutPolicy(maxFailedAttempts, Duration.ofMinutes(lockMinutes));
	}

	@Transactional
	public void recordFailure(String username, Instant now) {
		record Row(long id, int failedAttempts, Timestamp lockedUntil) {
		}
		Optional<Row> row = this.jdbc
			.sql("select id, failed_attempts, locked_until from account where lower(username) = lower(:u) for update")
			.param("u", username)
			.query(Row.class)
			.optional();
		if (row.isEmpty()) {
			return;
		}
		Row r = row.get();
		LockoutPolicy.State before = new LockoutPolicy.State(r.failedAttempts(),
				(r.lockedUntil() != null) ? r.lockedUntil().toInstant() : null);
		LockoutPolicy.State after = this.policy.afterFailure(before, now);
		if (after.equals(before)) {
			return;
		}
		this.jdbc.sql("update account set failed_attempts = :f, locked_until = :l where id = :id")
			.param("f", after.failedAttempts())
			.param("l", (after.lockedUntil() != null) ? Timestamp.from(after.lockedUntil()) : null)
			.param("id", r.id())
			.update();
		boolean locked = after.isLocked(now) && !before.isLocked(now);
		this.events.publishEvent(RecordChanged.updated(Accounts.ENTITY, r.id(), locked ? "LOCKED" : "LOGIN_FAILED",
				null, stateMap(before), stateMap(after)));
	}

	@Transactional
	public void recordSuccess(String username) {
		this.jdbc
			.sql("update account set failed_attempts = 0, locked_until = null, last_login_at = now() "
					+ "where lower(username) = lower(:u)")
			.param("u", username)
			.update();
	}

	/** When the account is locked now, until when; empty otherwise or when unknown. */
	@Transactional(readOnly = true)
	public Optional<Instant> lockedUntil(String username, Instant now) {
		return this.jdbc.sql("select locked_until from account where lower(username) = lower(:u)")
			.param("u", (username != null) ? username : "")
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.filter((t) -> t.isAfter(now));
	}

	private static Map<String, Object> stateMap(LockoutPolicy.State s) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("failedAttempts", s.failedAttempts());
		m.put("lockedUntil", (s.lockedUntil() != null) ? s.lockedUntil().toString() : null);
		return m;
	}

}
