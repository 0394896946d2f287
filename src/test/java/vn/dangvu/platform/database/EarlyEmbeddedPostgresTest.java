package vn.dangvu.platform.database;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded server started while the context is built (decision 0282): taken by the
 * bean once, not started when an external database is configured, stopped when the
 * context fails before taking it, and a failed start reported by the bean.
 */
class EarlyEmbeddedPostgresTest {

	private final EarlyEmbeddedPostgres listener = new EarlyEmbeddedPostgres();

	private final SpringApplication application = new SpringApplication(Object.class);

	@AfterEach
	void nothingLeftStarted() throws Exception {
		try (EmbeddedPostgres left = EarlyEmbeddedPostgres.take()) {
			assertThat(left).isNull();
		}
	}

	@Test
	void theBeanTakesTheServerStartedEarlyOnce() throws Exception {
		prepared(new MockEnvironment().withProperty("dangvu.db.embedded.durable", "false"));
		try (EmbeddedPostgres pg = new EmbeddedDatabaseConfiguration()
			.embeddedPostgres(new MockEnvironment().withProperty("dangvu.db.embedded.port", "1"))) {
			// the bean's own settings (port 1) were not used: it took the early server
			assertThat(pg.getPort()).isNotEqualTo(1);
			assertThat(selectOne(pg)).isEqualTo(1);
			assertThat(EarlyEmbeddedPostgres.take()).isNull();
		}
	}

	@Test
	void nothingStartsWithAnExternalDatabase() throws Exception {
		prepared(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db.example/dangvu"));
		assertThat(EarlyEmbeddedPostgres.take()).isNull();
	}

	@Test
	void aContextThatFailsFirstStopsTheServer() throws Exception {
		int port;
		try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
			port = free.getLocalPort();
		}
		prepared(new MockEnvironment().withProperty("dangvu.db.embedded.durable", "false")
			.withProperty("dangvu.db.embedded.port", String.valueOf(port)));
		this.listener.onApplicationEvent(
				new ApplicationFailedEvent(this.application, new String[0], null, new RuntimeException()));
		assertThat(listening(port)).as("the early server was stopped").isFalse();
		assertThat(EarlyEmbeddedPostgres.take()).isNull();
	}

	@Test
	void aFailedEarlyStartIsReportedByTheBean() throws Exception {
		// a data directory under a regular file cannot be created
		java.nio.file.Path file = java.nio.file.Files.createTempFile("not-a-directory", "");
		prepared(new MockEnvironment().withProperty("dangvu.db.embedded.data-dir",
				file.resolve("data").resolve("postgres").toString()));
		assertThatThrownBy(() -> new EmbeddedDatabaseConfiguration().embeddedPostgres(new StandardEnvironment()))
			.isInstanceOf(java.io.IOException.class);
		java.nio.file.Files.delete(file);
	}

	private void prepared(MockEnvironment env) {
		this.listener.onApplicationEvent(new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(),
				this.application, new String[0], env));
	}

	private static int selectOne(EmbeddedPostgres pg) throws Exception {
		try (Connection c = pg.getPostgresDatabase().getConnection();
				Statement st = c.createStatement();
				ResultSet rs = st.executeQuery("select 1")) {
			rs.next();
			return rs.getInt(1);
		}
	}

	private static boolean listening(int port) {
		try (Socket s = new Socket()) {
			s.connect(new InetSocketAddress("localhost", port), 500);
			return true;
		}
		catch (java.io.IOException ex) {
			return false;
		}
	}

}
