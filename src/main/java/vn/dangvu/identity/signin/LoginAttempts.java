package vn.dangvu.identity.signin;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.identity.account.Accounts;

/**
 * Throttles sign-in by account, by client address and by the pair, with growing delays
 * instead of a lock (decision 0167). Every attempt is counted as pending before the
 * password is checked and weighs like a failure until it is decided, so parallel guesses
 * cannot slip through together; a wrong password makes it a failure, a success or an
 * attempt that could not be checked takes it back. An attempt left undecided because the
 * database failed under it stops weighing once no attempt has come for
 * {@link #PENDING_FOR} (decision 0250): it is never a failure. Unknown usernames are
 * throttled exactly like existing ones.
 */
@Service
public class LoginAttempts {

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	/** Far longer than deciding an attempt takes (a password hash, three statements). */
	static final Duration PENDING_FOR = Duration.ofSeconds(10);

	enum Kind {

		ACCOUNT, ADDRESS, PAIR

	}

	private static final int KEY_LENGTH = 100;

	/** A failure older than this no longer counts (and its row may go). */
	static final Duration FORGET = Duration.ofHours(24);

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Map<Kind, ThrottlePolicy> policies;

	LoginAttempts(JdbcClient jdbc, ApplicationEventPublisher events,
			@Value("${dangvu.security.throttle.account-free:10}") int accountFree,
			@Value("${dangvu.security.throttle.account-max-seconds:60}") int accountMax,
			@Value("${dangvu.security.throttle.pair-free:5}") int pairFree,
			@Value("${dangvu.security.throttle.pair-max-seconds:900}") int pairMax,
			@Value("${dangvu.security.throttle.address-free:20}") int addressFree,
			@Value("${dangvu.security.throttle.address-max-seconds:900}") int addressMax) {
		this.jdbc = jdbc;
		this.events = events;
		Duration first = Duration.ofSeconds(1);
		Duration forget = FORGET;
		this.policies = Map.of(Kind.ACCOUNT,
				new ThrottlePolicy(accountFree, first, Duration.ofSeconds(accountMax), forget), Kind.PAIR,
				new ThrottlePolicy(pairFree, first, Duration.ofSeconds(pairMax), forget), Kind.ADDRESS,
				new ThrottlePolicy(addressFree, first, Duration.ofSeconds(addressMax), forget));
	}

	private record Key(Kind kind, String value) {

	}

	private record Row(String kind, String keyValue, int failures, Timestamp lastFailureAt, int pending,
			Timestamp lastAttemptAt) {

		Kind type() {
			return Kind.valueOf(this.kind);
		}

		/** Attempts admitted and not decided, while attempts keep coming. */
		int pendingAt(Instant now) {
			return (this.lastAttemptAt != null && this.lastAttemptAt.toInstant().plus(PENDING_FOR).isAfter(now))
					? this.pending : 0;
		}

	}

	/**
	 * Before the password is checked: the wait still due (then nothing is counted), or
	 * zero when the attempt may go ahead, counted as pending until it is decided.
	 */
	@Transactional
	public Duration admit(String username, String address, Instant now) {
		List<Key> keys = keys(username, address);
		for (Key k : keys) {
			this.jdbc
				.sql("insert into login_throttle (kind, key_value, failures, last_failure_at) values (:k, :v, 0, :t) "
						+ "on conflict do nothing")
				.param("k", k.kind().name())
				.param("v", k.value())
				.param("t", Timestamp.from(now))
				.update();
		}
		List<Row> rows = rows(keys, true);
		Duration wait = waitOf(rows, now);
		if (!wait.isZero()) {
			log.warn("Sign-in held back {} ms by {}", wait.toMillis(), rows);
			return wait;
		}
		for (Row r : rows) {
			this.jdbc
				.sql("update login_throttle set pending = :p, last_attempt_at = :t where kind = :k and key_value = :v")
				.param("p", r.pendingAt(now) + 1)
				.param("t", Timestamp.from(now))
				.param("k", r.kind())
				.param("v", r.keyValue())
				.update();
		}
		return Duration.ZERO;
	}

	/** The wait the next attempt of this username from this address would meet. */
	@Transactional(readOnly = true)
	public Duration waitFor(String username, String address, Instant now) {
		return waitOf(rows(keys(username, address), false), now);
	}

	/**
	 * The password was right: the account and the pair start afresh, the address takes
	 * back this attempt (other accounts' failures from it still count).
	 */
	@Transactional
	public void succeeded(String username, String address) {
		List<Key> keys = keys(username, address);
		for (Key k : keys) {
			String sql = (k.kind() == Kind.ADDRESS)
					? "update login_throttle set pending = greatest(pending - 1, 0) where kind = :k and key_value = :v"
					: "delete from login_throttle where kind = :k and key_value = :v";
			this.jdbc.sql(sql).param("k", k.kind().name()).param("v", k.value()).update();
		}
		this.jdbc
			.sql("update account set failed_attempts = 0, locked_until = null, last_login_at = now() "
					+ "where lower(username) = lower(:u)")
			.param("u", username)
			.update();
	}

	/**
	 * The attempt admitted could not be checked (the database failed under it): it counts
	 * as nothing, on every key.
	 */
	@Transactional
	public void notChecked(String username, String address) {
		for (Key k : keys(username, address)) {
			this.jdbc
				.sql("update login_throttle set pending = greatest(pending - 1, 0) where kind = :k and key_value = :v")
				.param("k", k.kind().name())
				.param("v", k.value())
				.update();
		}
	}

	/**
	 * Forgets the keys whose last failure no longer counts; answers how many. Without it
	 * the table keeps a row for every address and username ever tried.
	 */
	@Transactional
	public int forgetOldFailures(Instant now) {
		return this.jdbc
			.sql("delete from login_throttle where last_failure_at <= :cutoff "
					+ "and (last_attempt_at is null or last_attempt_at <= :cutoff)")
			.param("cutoff", Timestamp.from(now.minus(FORGET)))
			.update();
	}

	/**
	 * The password was wrong: the pending attempt becomes a failure on every key, an
	 * existing account counts it and the audit says so.
	 */
	@Transactional
	public void failed(String username, String address, Instant now) {
		for (Key k : keys(username, address)) {
			this.jdbc
				.sql("""
						insert into login_throttle as l (kind, key_value, failures, last_failure_at) values (:k, :v, 1, :t)
						on conflict (kind, key_value) do update set pending = greatest(l.pending - 1, 0), last_failure_at = :t,
						  failures = case when l.last_failure_at <= :forgotten then 1 else l.failures + 1 end""")
				.param("t", Timestamp.from(now))
				.param("forgotten", Timestamp.from(now.minus(FORGET)))
				.param("k", k.kind().name())
				.param("v", k.value())
				.update();
		}
		record Failed(long id, int failedAttempts) {
		}
		Optional<Failed> row = this.jdbc
			.sql("update account set failed_attempts = failed_attempts + 1 where lower(username) = lower(:u) "
					+ "returning id, failed_attempts")
			.param("u", (username != null) ? username : "")
			.query(Failed.class)
			.optional();
		row.ifPresent((r) -> this.events.publishEvent(RecordChanged.updated(Accounts.ENTITY, r.id(), "LOGIN_FAILED",
				null, Map.of("failedAttempts", r.failedAttempts() - 1), Map.of("failedAttempts", r.failedAttempts()))));
		this.jdbc
			.sql("delete from login_throttle where last_failure_at < :before "
					+ "and (last_attempt_at is null or last_attempt_at < :before)")
			.param("before", Timestamp.from(now.minus(FORGET)))
			.update();
	}

	/** An administrator unlocked the account or reset its password: no wait remains. */
	@Transactional
	public void forget(String username) {
		String name = normalise(username);
		this.jdbc
			.sql("delete from login_throttle where (kind = 'ACCOUNT' and key_value = :u) "
					+ "or (kind = 'PAIR' and left(key_value, :n) = :prefix)")
			.param("u", name)
			.param("n", name.length() + 1)
			.param("prefix", name + " ")
			.update();
	}

	/**
	 * The longest wait of the keys: their failures that still count and their pending
	 * attempts, from the later of the last failure and the last pending attempt.
	 */
	private Duration waitOf(List<Row> rows, Instant now) {
		Duration wait = Duration.ZERO;
		for (Row r : rows) {
			ThrottlePolicy policy = this.policies.get(r.type());
			Instant lastFailure = r.lastFailureAt().toInstant();
			int pending = r.pendingAt(now);
			Instant last = (pending > 0 && r.lastAttemptAt().toInstant().isAfter(lastFailure))
					? r.lastAttemptAt().toInstant() : lastFailure;
			Duration w = policy.waitAt(policy.countingFailures(r.failures(), lastFailure, now) + pending, last, now);
			if (w.compareTo(wait) > 0) {
				wait = w;
			}
		}
		return wait;
	}

	private List<Row> rows(List<Key> keys, boolean lock) {
		return this.jdbc
			.sql("select kind, key_value, failures, last_failure_at, pending, last_attempt_at from login_throttle "
					+ "where (kind = 'ACCOUNT' and key_value = :a) or (kind = 'PAIR' and key_value = :p) "
					+ "or (kind = 'ADDRESS' and key_value = :d) order by kind, key_value" + (lock ? " for update" : ""))
			.param("a", keys.get(0).value())
			.param("p", keys.get(1).value())
			.param("d", keys.get(2).value())
			.query(Row.class)
			.list();
	}

	private static List<Key> keys(String username, String address) {
		String name = normalise(username);
		String from = (address != null && !address.isBlank()) ? address.trim() : "unknown";
		return List.of(new Key(Kind.ACCOUNT, name), new Key(Kind.PAIR, cut(name + " " + from)),
				new Key(Kind.ADDRESS, cut(from)));
	}

	private static String normalise(String username) {
		String name = (username != null) ? username.trim().toLowerCase(Locale.ROOT) : "";
		return (name.length() > KEY_LENGTH) ? name.substring(0, KEY_LENGTH) : name;
	}

	private static String cut(String s) {
		return (s.length() > KEY_LENGTH * 2) ? s.substring(0, KEY_LENGTH * 2) : s;
	}

}
