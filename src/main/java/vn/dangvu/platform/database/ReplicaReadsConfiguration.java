package vn.dangvu.platform.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * Reads that may lag go to a replica (issue 13, decision 0221). With
 * {@code DANGVU_DB_READ_URL} set, the application's data source becomes a
 * {@link LazyConnectionDataSourceProxy}: a transaction marked
 * {@code @Transactional(readOnly = true)} (reports, lists, statistics, exports) takes its
 * connection from a second pool on that URL, every other statement from the primary. In
 * the cluster the URL is HAProxy's read port, which sends reads to the synchronous
 * standby (which has applied every acknowledged commit, so a page reads its own writes)
 * and falls back to the primary when no standby is healthy (ops/cluster). Without the URL
 * nothing changes: one pool, the primary.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${dangvu.db.read-url:}'.isBlank()")
class ReplicaReadsConfiguration {

	static final String POOL = "dangvu-replica";

	/**
	 * Seconds since the last transaction the replica applied (0 when it is idle and
	 * current).
	 */
	static final String LAG_SQL = """
			select case when not pg_is_in_recovery() then 0
			            when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
			            else coalesce(extract(epoch from now() - pg_last_xact_replay_timestamp()), 0) end""";

	private static final Logger log = LoggerFactory.getLogger(ReplicaReadsConfiguration.class);

	@Bean
	static BeanPostProcessor replicaReads(Environment env, ObjectProvider<MeterRegistry> meters) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (!"dataSource".equals(name) || !(bean instanceof DataSource primary)) {
					return bean;
				}
				HikariDataSource replica = replicaPool(env);
				log.info("Read-only transactions read from {}", replica.getJdbcUrl());
				meters.ifAvailable((registry) -> lagGauge(registry, replica));
				return routing(primary, replica);
			}
		};
	}

	/**
	 * The primary for writes and read-write transactions, the replica for read-only ones
	 * until the request has written ({@link ReadsAfterWrites}).
	 */
	static LazyConnectionDataSourceProxy routing(DataSource primary, DataSource replica) {
		LazyConnectionDataSourceProxy proxy = new LazyConnectionDataSourceProxy(primary);
		proxy.setReadOnlyDataSource(ReadsAfterWrites.replicaUntilWritten(primary, replica));
		return proxy;
	}

	static HikariDataSource replicaPool(Environment env) {
		HikariDataSource ds = new HikariDataSource();
		ds.setJdbcUrl(env.getRequiredProperty("dangvu.db.read-url"));
		ds.setUsername(env.getProperty("dangvu.db.read-user", env.getProperty("spring.datasource.username")));
		ds.setPassword(env.getProperty("dangvu.db.read-password", env.getProperty("spring.datasource.password")));
		ds.setPoolName(POOL);
		// Told apart from the primary's connections in pg_stat_activity
		// (ops/cluster/prove).
		ds.addDataSourceProperty("ApplicationName", POOL);
		ds.setReadOnly(true);
		ds.setMaximumPoolSize(env.getProperty("dangvu.db.read-pool-size", Integer.class, 10));
		ds.setConnectionTimeout(env.getProperty("spring.datasource.hikari.connection-timeout", Long.class, 5_000L));
		ds.setConnectionInitSql(EmbeddedDatabaseConfiguration.PLAN_CACHE_MODE);
		return ds;
	}

	/**
	 * {@code dangvu_db_replica_lag_seconds}: how far the replica is behind, NaN when it
	 * cannot be asked.
	 */
	static void lagGauge(MeterRegistry registry, DataSource replica) {
		Gauge.builder("dangvu.db.replica.lag", replica, ReplicaReadsConfiguration::lagSeconds)
			.baseUnit("seconds")
			.description("How far the read replica is behind the primary")
			.register(registry);
	}

	static double lagSeconds(DataSource replica) {
		try (var connection = replica.getConnection();
				var statement = connection.createStatement();
				var result = statement.executeQuery(LAG_SQL)) {
			return result.next() ? result.getDouble(1) : Double.NaN;
		}
		catch (java.sql.SQLException ex) {
			return Double.NaN;
		}
	}

}
