package vn.dangvu.platform.database;

import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.dangvu.IntegrationTest;
import vn.dangvu.platform.audit.RecordChanged;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routing of {@link ReplicaReadsConfiguration} on two pools of the test database that
 * tell themselves apart by {@code application_name}: read-only transactions read from the
 * "replica" pool, read-write transactions and statements outside a transaction from the
 * primary, and so do the read-only transactions of a request that has written (decision
 * 0250); the lag gauge reads 0 from a server that is not in recovery.
 */
@IntegrationTest
class ReplicaReadsTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void readOnlyTransactionsReadFromTheReplicaAndTheRestFromThePrimary() {
		try (HikariDataSource primary = pool("primary"); HikariDataSource replica = pool("replica")) {
			DataSource routing = ReplicaReadsConfiguration.routing(primary, replica);
			TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(routing));
			JdbcClient jdbc = JdbcClient.create(routing);

			tx.setReadOnly(true);
			String read = tx.execute((s) -> name(jdbc));
			assertThat(read).isEqualTo("replica");
			tx.setReadOnly(false);
			String written = tx.execute((s) -> name(jdbc));
			assertThat(written).isEqualTo("primary");
			assertThat(name(jdbc)).isEqualTo("primary");
		}
	}

	@Test
	void aRequestThatHasWrittenReadsTheRestFromThePrimary() {
		try (HikariDataSource primary = pool("primary"); HikariDataSource replica = pool("replica")) {
			DataSource routing = ReplicaReadsConfiguration.routing(primary, replica);
			TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(routing));
			tx.setReadOnly(true);
			JdbcClient jdbc = JdbcClient.create(routing);
			RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
			try {
				String before = tx.execute((s) -> name(jdbc));
				assertThat(before).isEqualTo("replica");
				// a write publishes its change in its transaction (rolled back here:
				// nothing stays)
				new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
					this.events.publishEvent(RecordChanged.created("ReadsAfterWritesTest", 1L, null, Map.of()));
					status.setRollbackOnly();
				});
				String after = tx.execute((s) -> name(jdbc));
				assertThat(after).isEqualTo("primary");
			}
			finally {
				RequestContextHolder.resetRequestAttributes();
			}
			// the next request, and work outside any request, read from the replica again
			String next = tx.execute((s) -> name(jdbc));
			assertThat(next).isEqualTo("replica");
		}
	}

	@Test
	void theLagGaugeReadsZeroOnAServerThatIsNotAReplica() {
		try (HikariDataSource replica = pool("replica")) {
			SimpleMeterRegistry registry = new SimpleMeterRegistry();
			ReplicaReadsConfiguration.lagGauge(registry, replica);
			assertThat(registry.get("dangvu.db.replica.lag").gauge().value()).isZero();
		}
	}

	@Test
	void theLagGaugeIsNotANumberWhenTheReplicaCannotBeReached() {
		HikariDataSource gone = pool("gone");
		gone.close();
		assertThat(ReplicaReadsConfiguration.lagSeconds(gone)).isNaN();
	}

	private static String name(JdbcClient jdbc) {
		return jdbc.sql("select current_setting('application_name')").query(String.class).single();
	}

	private HikariDataSource pool(String name) {
		HikariDataSource test = unwrap(this.dataSource);
		HikariDataSource ds = new HikariDataSource();
		ds.setJdbcUrl(test.getJdbcUrl() + (test.getJdbcUrl().contains("?") ? "&" : "?") + "ApplicationName=" + name);
		ds.setUsername(test.getUsername());
		ds.setPassword(test.getPassword());
		ds.setMaximumPoolSize(2);
		ds.setPoolName("test-" + name);
		return ds;
	}

	private static HikariDataSource unwrap(DataSource ds) {
		DataSource current = ds;
		while (current instanceof DelegatingDataSource delegating) {
			current = delegating.getTargetDataSource();
		}
		return (HikariDataSource) current;
	}

}
