package vn.dangvu.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

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

	static final Duration STARTUP_WAIT = Duration.ofMinutes(2);

	/** How long a server left running gets to shut down before it is killed. */
	static final Duration ORPHAN_SHUTDOWN = Duration.ofSeconds(60);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(Environment env) throws IOException {
		EmbeddedPostgres early = EarlyEmbeddedPostgres.take();
		return (early != null) ? early : start(env);
	}

	/**
	 * Starts the server as the environment configures it (on the data directory kept).
	 */
	static EmbeddedPostgres start(Environment env) throws IOException {
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
			takeOverDataDirectory(data);
			builder.setDataDirectory(data).setCleanDataDirectory(false);
			log.info("Embedded PostgreSQL, data kept in {}", data);
		}
		// crash recovery after a kill or a power cut may replay a lot of WAL: more than
		// zonky's 10 s
		return builder.setPGStartupWait(STARTUP_WAIT).start();
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
	 * Makes the data directory ours before PostgreSQL starts on it (decision 0152). A
	 * crash of PostgreSQL leaves {@code postmaster.pid} behind; a {@code kill -9} of the
	 * JVM leaves the server itself running (pg_ctl detached it), holding the directory,
	 * so every later start failed. A server still running there whose application is gone
	 * (nobody holds zonky's {@code epg-lock}) is shut down cleanly; PostgreSQL's own
	 * crash recovery does the rest on start.
	 */
	static void takeOverDataDirectory(Path data) throws IOException {
		Path pidFile = data.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		Optional<ProcessHandle> server = serverOf(pidFile);
		if (server.isPresent()) {
			requireNoLiveApplication(data);
			stop(server.get(), data);
		}
		if (Files.deleteIfExists(pidFile)) {
			log.warn("Removed stale {}", pidFile);
		}
	}

	/** The PostgreSQL server process named in postmaster.pid, if it still runs. */
	private static Optional<ProcessHandle> serverOf(Path pidFile) throws IOException {
		String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
		long pid;
		try {
			pid = Long.parseLong(first);
		}
		catch (NumberFormatException ex) {
			log.warn("Unreadable {}", pidFile);
			return Optional.empty();
		}
		// a number reused by another program after a reboot is not our server
		return ProcessHandle.of(pid)
			.filter(EmbeddedDatabaseConfiguration::running)
			.filter((p) -> p.info()
				.command()
				.map((c) -> Path.of(c).getFileName().toString())
				.orElse("")
				.equals("postgres"));
	}

	/** Alive and not a zombie waiting for init to reap it. */
	private static boolean running(ProcessHandle process) {
		if (!process.isAlive()) {
			return false;
		}
		Path stat = Path.of("/proc", String.valueOf(process.pid()), "stat");
		try {
			String line = Files.readString(stat);
			char state = line.charAt(line.lastIndexOf(')') + 2);
			return state != 'Z' && state != 'X';
		}
		catch (IOException | RuntimeException ex) {
			return Files.exists(stat) || !Files.isDirectory(Path.of("/proc/self"));
		}
	}

	/**
	 * zonky holds a file lock on {@code epg-lock} while its application runs; the
	 * operating system drops it when the JVM dies. A lock we cannot take means another
	 * application still uses this data directory: its server is not ours to stop.
	 */
	private static void requireNoLiveApplication(Path data) throws IOException {
		try (FileChannel channel = FileChannel.open(data.resolve("epg-lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
			if (lock == null) {
				throw new IllegalStateException("Another running application uses the embedded database in " + data
						+ "; stop it first, or give this one its own DANGVU_DATA_DIR");
			}
		}
	}

	private static void stop(ProcessHandle server, Path data) {
		log.warn("PostgreSQL (pid {}) was left running on {} by an application that stopped: shutting it down",
				server.pid(), data);
		List<ProcessHandle> children = server.descendants().toList();
		// SIGTERM: PostgreSQL's smart shutdown, quick here as its clients died with the
		// JVM
		server.destroy();
		if (!exited(server, ORPHAN_SHUTDOWN)) {
			log.warn("PostgreSQL (pid {}) did not shut down within {}: killing it; crash recovery follows",
					server.pid(), ORPHAN_SHUTDOWN);
			server.destroyForcibly();
			exited(server, ORPHAN_SHUTDOWN);
		}
		// its backends leave with it; one that lingers would keep the old shared memory
		children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
		children.forEach((c) -> exited(c, ORPHAN_SHUTDOWN));
	}

	/**
	 * Waits for a process that is not our child (no exit status to wait on; it may linger
	 * as a zombie).
	 */
	private static boolean exited(ProcessHandle process, Duration wait) {
		long deadline = System.nanoTime() + wait.toNanos();
		while (running(process)) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return !running(process);
			}
		}
		return true;
	}

}
