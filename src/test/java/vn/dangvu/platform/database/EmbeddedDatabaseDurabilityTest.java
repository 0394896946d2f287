package vn.dangvu.platform.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded server of the default run keeps every acknowledged commit (fsync,
 * full-page writes, synchronous commit on); only an explicit {@code durable=false} (the
 * test profile) trades that for speed.
 */
class EmbeddedDatabaseDurabilityTest {

	@Test
	void theDefaultRunIsDurable() throws Exception {
		assertThat(settings(new MockEnvironment())).containsExactly(Map.entry("fsync", "on"),
				Map.entry("full_page_writes", "on"), Map.entry("synchronous_commit", "on"));
	}

	@Test
	void onlyAnExplicitSettingTurnsDurabilityOff() throws Exception {
		assertThat(settings(new MockEnvironment().withProperty("dangvu.db.embedded.durable", "false"))).containsExactly(
				Map.entry("fsync", "off"), Map.entry("full_page_writes", "off"),
				Map.entry("synchronous_commit", "off"));
	}

	private static Map<String, String> settings(MockEnvironment env) throws Exception {
		try (EmbeddedPostgres pg = new EmbeddedDatabaseConfiguration().embeddedPostgres(env);
				Connection c = pg.getPostgresDatabase().getConnection();
				Statement st = c.createStatement()) {
			Map<String, String> values = new LinkedHashMap<>();
			for (String name : new String[] { "fsync", "full_page_writes", "synchronous_commit" }) {
				values.put(name, show(st, name));
			}
			return values;
		}
	}

	private static String show(Statement st, String name) throws SQLException {
		try (ResultSet rs = st.executeQuery("show " + name)) {
			rs.next();
			return rs.getString(1);
		}
	}

}
