package vn.dangvu.platform.error;

import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the database cannot be reached (no connection, the pool timed
 * out): a 503 to retry later, never a 401 or a 500 (decision 0172).
 */
public final class DatabaseDown {

	private DatabaseDown() {
	}

	public static boolean isCause(Throwable ex) {
		for (Throwable t = ex; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
					|| t instanceof SQLTransientConnectionException) {
				return true;
			}
		}
		return false;
	}

}
