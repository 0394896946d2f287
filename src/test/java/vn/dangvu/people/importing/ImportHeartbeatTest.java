package vn.dangvu.people.importing;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dangvu.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job this node is running is kept alive by the heartbeat, however old its last sign of
 * life; once nobody runs it, the next tick fails it as interrupted.
 */
@IntegrationTest
class ImportHeartbeatTest {

	@Autowired
	ImportHeartbeat heartbeat;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aJobKeptAliveRunsOnAndAJobNobodyKeepsAliveFails() {
		long id = this.jdbc.sql("""
				insert into person_import_job (created_by, file_name, status, total, node, heartbeat_at)
				values ('nhip-tim', 'song.xlsx', 'IMPORTING', 10, 'db9:8080', now() - interval '10 minutes')
				returning id""").query(Long.class).single();
		this.heartbeat.started(id);
		try {
			this.heartbeat.tick();
			assertThat(state(id)).isEqualTo("IMPORTING false fresh");
		}
		finally {
			this.heartbeat.ended(id);
		}
		this.jdbc.sql("update person_import_job set heartbeat_at = now() - interval '31 seconds' where id = :id")
			.param("id", id)
			.update();
		this.heartbeat.tick();
		assertThat(state(id)).isEqualTo("FAILED true old");
	}

	private String state(long id) {
		return this.jdbc.sql("""
				select status || ' ' || interrupted || ' '
				  || case when heartbeat_at > now() - interval '5 seconds' then 'fresh' else 'old' end
				from person_import_job where id = :id""").param("id", id).query(String.class).single();
	}

}
