package vn.dangvu.platform.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dangvu.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routing of {@link ReplicaReadsConfiguration} on two pools of the test database that
 * tell themselves apart by {@code application_name}: read-only transactions read from the
 * "replica" pool, read-write transactions and statements outside a transaction from the
 * primary; the lag gauge reads 0 from a server that is not in recovery.
 */
@IntegrationTest
class ReplicaReadsTest {

	@Autowired
	DataSource dataSource;

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
