package vn.dangvu.platform.error;

import java.io.EOFException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.postgresql.util.ServerErrorMessage;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The classifier on the exceptions the application really meets: pgjdbc's
 * {@link PSQLException} with PostgreSQL's SQLStates, translated as {@code JdbcClient}
 * translates them for PostgreSQL, and wrapped as the transaction manager, Hikari and
 * Spring Security wrap them. Unavailable: 503. A conflict or a bug: never.
 */
class DatabaseDownTest {

	private static final SQLErrorCodeSQLExceptionTranslator POSTGRESQL = new SQLErrorCodeSQLExceptionTranslator(
			"PostgreSQL");

	/** An error as the server sends it: severity, SQLState, message. */
	private static PSQLException postgres(String message, String state) {
		return new PSQLException(new ServerErrorMessage("SERROR\0VERROR\0C" + state + "\0M" + message + "\0"));
	}

	/**
	 * What JdbcClient throws for this SQLState (an {@link UncategorizedSQLException} when
	 * Spring has no type for it: 25006 is one).
	 */
	private static DataAccessException translated(String state) {
		PSQLException failure = postgres("from the server", state);
		DataAccessException ex = POSTGRESQL.translate("insert", "insert into person …", failure);
		return (ex != null) ? ex : new UncategorizedSQLException("insert", "insert into person …", failure);
	}

	@ParameterizedTest
	@ValueSource(strings = { "08000", "08001", "08003", "08006", "08P01", "57P01", "57P02", "57P03", "57P05", "25006",
			"53300", "53100" })
	void aStatementTheServerCannotServeNowIsUnavailable(String state) {
		assertThat(DatabaseDown.isCause(translated(state))).as(state).isTrue();
		assertThat(DatabaseDown.isCause(postgres("raw", state))).as(state).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "23505", "23503", "23502", "23514", "40001", "40P01", "55P03", "54000", "54001", "42601",
			"42P01", "57014", "22001", "P0001", "XX000" })
	void aConflictARefusalOrABugIsNot(String state) {
		assertThat(DatabaseDown.isCause(translated(state))).as(state).isFalse();
		assertThat(DatabaseDown.isCause(postgres("raw", state))).as(state).isFalse();
	}

	@Test
	void pgjdbcsOwnConnectionFailuresAreUnavailable() {
		PSQLException io = new PSQLException("An I/O error occurred while sending to the backend.",
				PSQLState.CONNECTION_FAILURE, new EOFException());
		PSQLException refused = new PSQLException("Connection to 127.0.0.1:55000 refused.",
				PSQLState.CONNECTION_UNABLE_TO_CONNECT, new ConnectException("Connection refused"));
		PSQLException closed = new PSQLException("This connection has been closed.",
				PSQLState.CONNECTION_DOES_NOT_EXIST);
		assertThat(DatabaseDown.isCause(io)).isTrue();
		assertThat(DatabaseDown.isCause(refused)).isTrue();
		assertThat(DatabaseDown.isCause(closed)).isTrue();
	}

	@Test
	void aCommitOrRollbackThatLostItsConnectionIsUnavailable() {
		// DataSourceTransactionManager wraps the failure of commit() itself, untranslated
		assertThat(DatabaseDown.isCause(new TransactionSystemException("Could not commit JDBC transaction",
				postgres("FATAL: terminating connection due to administrator command", "57P01"))))
			.isTrue();
		assertThat(DatabaseDown.isCause(new TransactionSystemException("Could not roll back JDBC transaction",
				new PSQLException("This connection has been closed.", PSQLState.CONNECTION_DOES_NOT_EXIST))))
			.isTrue();
		assertThat(DatabaseDown.isCause(new TransactionSystemException("Could not commit JDBC transaction",
				postgres("could not serialize access", "40001"))))
			.isFalse();
	}

	@Test
	void noConnectionFromThePoolIsUnavailable() {
		SQLTransientConnectionException timeout = new SQLTransientConnectionException(
				"HikariPool-1 - Connection is not available, request timed out after 30000ms.", "08001",
				new PSQLException("Connection to 127.0.0.1:55000 refused.", PSQLState.CONNECTION_UNABLE_TO_CONNECT));
		assertThat(DatabaseDown.isCause(timeout)).isTrue();
		assertThat(
				DatabaseDown.isCause(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", timeout)))
			.isTrue();
		assertThat(DatabaseDown
			.isCause(new CannotCreateTransactionException("Could not open JDBC Connection for transaction", timeout)))
			.isTrue();
		assertThat(DatabaseDown.isCause(new SQLTransientConnectionException("HikariPool-1 - timed out"))).isTrue();
	}

	@Test
	void theCauseIsFoundThroughSignInAndServletWrappers() {
		Exception down = new InternalAuthenticationServiceException("lookup failed",
				new TransactionSystemException("Could not commit JDBC transaction", postgres("gone", "08006")));
		assertThat(DatabaseDown.isCause(down)).isTrue();
		assertThat(DatabaseDown.isCause(new ServletException("Request processing failed", translated("57P01"))))
			.isTrue();
		assertThat(DatabaseDown.isCause(new ServletException("Request processing failed", translated("23505"))))
			.isFalse();
	}

	@Test
	void aConflictDecidesEvenWhenALostConnectionLiesBehindIt() {
		assertThat(DatabaseDown.isCause(new ConflictException("version", "error.stale"))).isFalse();
		assertThat(DatabaseDown.isCause(new OptimisticLockingFailureException("stale", postgres("gone", "08006"))))
			.isFalse();
	}

	@Test
	void anythingElseIsNot() {
		assertThat(DatabaseDown.isCause(null)).isFalse();
		assertThat(DatabaseDown.isCause(new IllegalStateException("a bug"))).isFalse();
		assertThat(DatabaseDown.isCause(new SQLException("no state"))).isFalse();
		assertThat(DatabaseDown.isCause(new ConnectException("an HTTP client, not the database"))).isFalse();
		IllegalStateException loop = new IllegalStateException("outer");
		IllegalStateException inner = new IllegalStateException("inner", loop);
		loop.initCause(inner);
		assertThat(DatabaseDown.isCause(loop)).isFalse();
	}

}
