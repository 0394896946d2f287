package vn.dangvu.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Starts PostgreSQL inside the application when no external database is configured
 * ({@code DANGVU_DB_URL} unset): the single-machine run for one agency. Data is kept
 * under {@code dangvu.db.embedded.data-dir} so it survives restarts; an empty value
 * (tests) uses a fresh temporary directory. The server runs durably (fsync, full-page
 * writes, synchronous commit) unless {@code dangvu.db.embedded.durable=false}, which only
 * the test profile sets (decision 0150).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

	/**
	 * Scoped queries filter on {@code path like ?}; a generic plan cannot use the path
	 * index for a bound pattern, so every statement is planned with its values
	 * (docs/benchmarks.md).
	 */
	static final String PLAN_CACHE_MODE = "set plan_cache_mode to force_custom_plan";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(Environment env) throws IOException {
		String dir = env.getProperty("dangvu.db.embedded.data-dir", "");
		int port = env.getProperty("dangvu.db.embedded.port", Integer.class, 0);
		boolean durable = env.getProperty("dangvu.db.embedded.durable", Boolean.class, true);
		// Spring stops PostgreSQL after the pool (bean order), not a JVM hook racing it.
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setRegisterShutdownHook(false)
			.setServerConfig("max_connections", "60")
			.setServerConfig("shared_buffers", "128MB")
			.setServerConfig("timezone", "Asia/Ho_Chi_Minh")
			.setLocaleConfig("encoding", "UTF8")
			.setLocaleConfig("locale", "C.UTF-8");
		durability(builder, durable);
		if (port > 0) {
			builder.setPort(port);
		}
		if (StringUtils.hasText(dir)) {
			Path data = Path.of(dir).toAbsolutePath().normalize();
			Files.createDirectories(data.getParent());
			removeStalePidFile(data);
			builder.setDataDirectory(data).setCleanDataDirectory(false);
			log.info("Embedded PostgreSQL, data kept in {}", data);
		}
		return builder.start();
	}

	/**
	 * zonky starts postgres with {@code -F} (fsync off) and
	 * {@code synchronous_commit=off}, its test defaults; {@code -c} options come after
	 * {@code -F} on the command line, so they win. An acknowledged commit must survive a
	 * crash of the server or the machine.
	 */
	static void durability(EmbeddedPostgres.Builder builder, boolean durable) {
		String on = durable ? "on" : "off";
		builder.setServerConfig("fsync", on)
			.setServerConfig("full_page_writes", on)
			.setServerConfig("synchronous_commit", on);
		if (!durable) {
			log.warn("Embedded PostgreSQL without fsync and synchronous commit: for tests only");
		}
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource ds = new HikariDataSource();
		ds.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		ds.setUsername("postgres");
		ds.setMaximumPoolSize(10);
		ds.setPoolName("dangvu-embedded");
		ds.setConnectionTimeout(10_000);
		ds.setConnectionInitSql(PLAN_CACHE_MODE);
		return ds;
	}

	/**
	 * A crash leaves postmaster.pid behind; PostgreSQL refuses to start while it exists.
	 */
	private static void removeStalePidFile(Path data) {
		Path pid = data.resolve("postmaster.pid");
		if (!Files.exists(pid)) {
			return;
		}
		try {
			String first = Files.readAllLines(pid).stream().findFirst().orElse("").trim();
			boolean alive = !first.isEmpty()
					&& ProcessHandle.of(Long.parseLong(first)).map(ProcessHandle::isAlive).orElse(false);
			if (!alive) {
				Files.delete(pid);
				log.warn("Removed stale {}", pid);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NumberFormatException ex) {
			log.warn("Unreadable {}", pid);
		}
	}

}
