package vn.dangvu.people.importing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.security.Caller;

/** The {@code person_import_job} rows: a job's status, progress, row errors and end. */
@Component
@RequiredArgsConstructor
class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private final JdbcClient jdbc;

	private final JsonMapper json;

	/**
	 * Fails the jobs left running by {@code node} (when not null: the node that is
	 * starting), and those of any node that has not kept them alive for
	 * {@code staleAfter}: an all-or-nothing import wrote nothing (its transaction died
	 * with its node).
	 */
	int failInterrupted(String node, Duration staleAfter) {
		int failed = this.jdbc.sql("""
				update person_import_job set status = 'FAILED', interrupted = true, finished_at = now()
				where status in ('VALIDATING', 'IMPORTING')
				  and (node = :node or heartbeat_at < now() - make_interval(secs => :stale))""")
			.param("node", node)
			.param("stale", staleAfter.toMillis() / 1000.0)
			.update();
		if (failed > 0) {
			log.warn("{} people import(s) left running by a stopped application marked failed", failed);
		}
		return failed;
	}

	/** The jobs still running here are alive. */
	void beat(Collection<Long> running) {
		if (!running.isEmpty()) {
			this.jdbc.sql("""
					update person_import_job set heartbeat_at = now()
					where id in (:ids) and status in ('VALIDATING', 'IMPORTING')""")
				.param("ids", List.copyOf(running))
				.update();
		}
	}

	/** A job the caller started (an administrator sees all). */
	public ImportJob find(Caller caller, long id) {
		return this.jdbc.sql("select * from person_import_job where id = :id and (:admin or created_by = :user)")
			.param("id", id)
			.param("admin", caller.isAdmin())
			.param("user", caller.username())
			.query(this::job)
			.optional()
			.orElseThrow(() -> NotFoundException.of("importJob", id));
	}

	/** The caller's latest jobs, newest first. */
	public List<ImportJob> recent(Caller caller, int limit) {
		return this.jdbc.sql("select * from person_import_job where created_by = :user order by id desc limit :limit")
			.param("user", caller.username())
			.param("limit", limit)
			.query(this::job)
			.list();
	}

	long create(Caller caller, String fileName, boolean validOnly, int total, String node) {
		return this.jdbc.sql("""
				insert into person_import_job (created_by, file_name, valid_only, status, total, node)
				values (:user, :file, :validOnly, 'VALIDATING', :total, :node) returning id""")
			.param("user", caller.username())
			.param("node", node)
			.param("file", fileName == null ? null : fileName.substring(0, Math.min(255, fileName.length())))
			.param("validOnly", validOnly)
			.param("total", total)
			.query(Long.class)
			.single();
	}

	void progress(long jobId, String status, int processed, int inserted, List<RowError> errors) {
		this.jdbc.sql("""
				update person_import_job set status = :status, processed = :processed, inserted = :inserted,
				  heartbeat_at = now(), error_rows = coalesce(cast(:errors as jsonb), error_rows) where id = :id""")
			.param("status", status)
			.param("processed", processed)
			.param("inserted", inserted)
			.param("errors", errors == null ? null : this.json.writeValueAsString(errors))
			.param("id", jobId)
			.update();
	}

	void finish(long jobId, String status, int processed, int inserted, List<RowError> errors) {
		progress(jobId, status, processed, inserted, errors);
		this.jdbc.sql("update person_import_job set finished_at = now() where id = :id").param("id", jobId).update();
	}

	private ImportJob job(ResultSet rs, int n) throws SQLException {
		List<RowError> errors = List.of(this.json.readValue(rs.getString("error_rows"), RowError[].class));
		return new ImportJob(rs.getLong("id"), rs.getString("created_by"), rs.getString("file_name"),
				rs.getBoolean("valid_only"), ImportJob.Status.valueOf(rs.getString("status")), rs.getInt("total"),
				rs.getInt("processed"), rs.getInt("inserted"), errors, rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("finished_at", OffsetDateTime.class), rs.getBoolean("interrupted"));
	}

}
