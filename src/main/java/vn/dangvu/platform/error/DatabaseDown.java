package vn.dangvu.platform.error;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The one place that decides whether a failure means "the database cannot serve this
 * request right now": no connection, a connection lost or closed under the request, a
 * server shutting down or starting up, a write that reached a read-only standby (the old
 * primary), no connection left. Such a request is answered 503 with {@code Retry-After},
 * never 401, 404, 409 or 500 (decisions 0172 and 0250).
 * <p>
 * The cause chain is walked from the outside in. A refusal or a conflict (a
 * {@link DomainException}, a unique or foreign key violation, a lock or serialization
 * failure) decides "no" wherever it stands, so a genuine conflict is never hidden behind
 * a 503. The first {@link SQLException} that carries a SQLState decides by it: the
 * database's own word is more precise than the type Spring translated it to (Spring makes
 * a {@code 54000} "statement too complex" a {@link DataAccessResourceFailureException}
 * too). Without a SQLState, Spring's connection failure types decide.
 */
public final class DatabaseDown {

	/**
	 * Seconds a client should wait before trying again: about the time a standby takes to
	 * be promoted and the balancer to notice (docs/benchmarks.md, "Reliability").
	 */
	public static final int RETRY_AFTER_SECONDS = 15;

	private static final int MAX_DEPTH = 64;

	private DatabaseDown() {
	}

	/**
	 * Whether the failure, or anything that caused it, means the database is unavailable.
	 */
	public static boolean isCause(Throwable ex) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		boolean byType = false;
		for (Throwable t = ex; t != null && seen.add(t) && seen.size() <= MAX_DEPTH; t = t.getCause()) {
			if (isRefusalOrConflict(t)) {
				return false;
			}
			if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
					|| t instanceof SQLRecoverableException) {
				return true; // JDBC's own "the connection failed" (Hikari's pool timeout
								// is one)
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null && !sql.getSQLState().isBlank()) {
				return isUnavailableState(sql.getSQLState());
			}
			byType |= t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
					|| t instanceof TransientDataAccessResourceException || t instanceof RecoverableDataAccessException;
		}
		return byType;
	}

	/**
	 * PostgreSQL's SQLStates that mean "not now" rather than "not this": class 08
	 * (connection exception), 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot
	 * connect now (starting up, shutting down, in recovery), 57P05 idle session timeout,
	 * 25006 read-only transaction (a write on a standby), class 53 insufficient resources
	 * (53300 too many connections).
	 */
	static boolean isUnavailableState(String state) {
		return state.startsWith("08") || state.startsWith("53") || "57P01".equals(state) || "57P02".equals(state)
				|| "57P03".equals(state) || "57P05".equals(state) || "25006".equals(state);
	}

	private static boolean isRefusalOrConflict(Throwable t) {
		return t instanceof DomainException || t instanceof DataIntegrityViolationException
				|| t instanceof ConcurrencyFailureException;
	}

	/** The header every 503 of an unavailable database carries. */
	public static void retryAfter(HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
	}

}
