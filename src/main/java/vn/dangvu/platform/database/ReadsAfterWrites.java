package vn.dangvu.platform.database;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import vn.dangvu.platform.audit.RecordChanged;

/**
 * A request that has written reads the rest of its answer from the primary (decision
 * 0250). Reading one's own writes on the replica rests on the synchronous standby having
 * applied every acknowledged commit (decision 0221). For a few seconds after Patroni
 * takes the standby out of synchronous replication (the primary restarted, the standby
 * not yet streaming again) the primary acknowledges commits alone while HAProxy's read
 * port still sends reads to the standby: the answer to {@code POST /api/v1/people}, read
 * after the commit, did not find the person just saved and said 404. Every write
 * publishes {@link RecordChanged} in its transaction (decision 0031); from then on the
 * request's read-only transactions take a connection of the primary.
 */
@Component
class ReadsAfterWrites {

	static final String WROTE = ReadsAfterWrites.class.getName() + ".wrote";

	@EventListener
	void wrote(RecordChanged change) {
		mark();
	}

	/** The current request has written (nothing outside a request). */
	static void mark() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(WROTE, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
		}
	}

	static boolean happened() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		return request != null && request.getAttribute(WROTE, RequestAttributes.SCOPE_REQUEST) != null;
	}

	/**
	 * The replica's connections, or the primary's once the current request has written.
	 */
	static DataSource replicaUntilWritten(DataSource primary, DataSource replica) {
		return new DelegatingDataSource(replica) {

			@Override
			public Connection getConnection() throws SQLException {
				return happened() ? primary.getConnection() : super.getConnection();
			}

			@Override
			public Connection getConnection(String username, String password) throws SQLException {
				return happened() ? primary.getConnection(username, password) : super.getConnection(username, password);
			}

		};
	}

}
