package vn.dangvu.people.importing;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dangvu.organisation.UnitScope;
import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.people.record.PersonRejected;
import vn.dangvu.people.record.PersonService;
import vn.dangvu.platform.security.Caller;

/**
 * Imports people from the spreadsheet as a background job: every row is checked first
 * (the same rules as the form, duplicates within the file, CCCDs already registered);
 * with errors nothing is written unless the user asked for the valid rows only. Rows are
 * then written through {@link PersonService}: all in one transaction (all or nothing, so
 * a crash leaves no half import), or, for the valid rows only, in transactions of
 * {@value #BATCH} rows. Jobs left running by a stopped node are marked failed (decisions
 * 0151, 0224: {@link ImportHeartbeat}).
 */
@Service
public class PersonImports implements SmartInitializingSingleton {

	static final int BATCH = 200;

	private static final Logger log = LoggerFactory.getLogger(PersonImports.class);

	private final PersonSheet sheet;

	private final PersonRowChecks rows;

	private final PersonService people;

	private final UnitScopes scopes;

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	/** Progress of an all-or-nothing import, visible while its own transaction runs. */
	private final TransactionTemplate progressTx;

	private final ImportJobs jobs;

	private final ImportHeartbeat heartbeat;

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	PersonImports(PersonSheet sheet, PersonRowChecks rows, PersonService people, UnitScopes scopes, JdbcClient jdbc,
			PlatformTransactionManager txManager, ImportJobs jobs, ImportHeartbeat heartbeat) {
		this.sheet = sheet;
		this.rows = rows;
		this.people = people;
		this.scopes = scopes;
		this.jdbc = jdbc;
		this.tx = new TransactionTemplate(txManager);
		this.progressTx = new TransactionTemplate(txManager);
		this.progressTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.jobs = jobs;
		this.heartbeat = heartbeat;
		this.executor.setCorePoolSize(1);
		this.executor.setMaxPoolSize(2);
		this.executor.setThreadNamePrefix("people-import-");
		this.executor.initialize();
	}

	/**
	 * Runs before the web server takes requests, so no job of this node is running yet:
	 * the node's jobs still checking or writing were left by its stopped predecessor.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		this.heartbeat.start();
	}

	@PreDestroy
	void stop() {
		this.executor.shutdown();
	}

	/**
	 * Reads the file now (refusing a non-XLSX file or a wrong header at once) and checks
	 * and writes it in the background.
	 * @return the job's id, to follow its progress
	 */
	public long start(Caller caller, String fileName, InputStream file, boolean validOnly) {
		List<PersonSheet.ParsedRow> rows = this.sheet.read(file);
		long jobId = this.jobs.create(caller, fileName, validOnly, rows.size(), this.heartbeat.node());
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		Locale locale = LocaleContextHolder.getLocale();
		this.executor.execute(() -> {
			SecurityContextHolder.getContext().setAuthentication(auth);
			LocaleContextHolder.setLocale(locale);
			try {
				run(jobId, caller, rows, validOnly);
			}
			finally {
				SecurityContextHolder.clearContext();
				LocaleContextHolder.resetLocaleContext();
			}
		});
		return jobId;
	}

	/**
	 * The same import, done in the calling thread (for tests and tools).
	 * @param locale the language of the error messages
	 */
	public ImportJob importNow(Caller caller, String fileName, InputStream file, boolean validOnly, Locale locale) {
		List<PersonSheet.ParsedRow> rows = this.sheet.read(file);
		long jobId = this.jobs.create(caller, fileName, validOnly, rows.size(), this.heartbeat.node());
		Locale before = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(locale);
		try {
			run(jobId, caller, rows, validOnly);
		}
		finally {
			LocaleContextHolder.setLocale(before);
		}
		return find(caller, jobId);
	}

	/** A job the caller started (an administrator sees all). */
	public ImportJob find(Caller caller, long id) {
		return this.jobs.find(caller, id);
	}

	/** The caller's latest jobs, newest first. */
	public List<ImportJob> recent(Caller caller, int limit) {
		return this.jobs.recent(caller, limit);
	}

	void run(long jobId, Caller caller, List<PersonSheet.ParsedRow> rows, boolean validOnly) {
		this.heartbeat.started(jobId);
		try {
			List<RowError> errors = new ArrayList<>();
			List<PersonRowChecks.Checked> valid = new ArrayList<>();
			UnitScope scope = this.scopes.of(caller);
			Map<String, Integer> seenCccd = new HashMap<>();
			Map<String, Optional<Long>> unitCodes = new HashMap<>();
			int processed = 0;
			for (PersonSheet.ParsedRow row : rows) {
				List<RowError> rowErrors = this.rows.check(caller, scope, row, seenCccd, unitCodes, valid);
				errors.addAll(rowErrors);
				if (++processed % BATCH == 0) {
					this.jobs.progress(jobId, "VALIDATING", processed, 0, null);
				}
			}
			if (!errors.isEmpty() && !validOnly) {
				this.jobs.finish(jobId, "REJECTED", processed, 0, errors);
				return;
			}
			this.jobs.progress(jobId, "IMPORTING", 0, 0, errors);
			if (!validOnly) {
				writeAll(jobId, caller, valid, errors);
				return;
			}
			int inserted = 0;
			int written = 0;
			for (int from = 0; from < valid.size(); from += BATCH) {
				List<PersonRowChecks.Checked> batch = valid.subList(from, Math.min(valid.size(), from + BATCH));
				inserted += writeBatch(caller, batch, errors);
				written += batch.size();
				this.jobs.progress(jobId, "IMPORTING", written, inserted, errors);
			}
			this.jobs.finish(jobId, "DONE", written, inserted, errors);
		}
		catch (RuntimeException ex) {
			log.error("People import {} failed", jobId, ex);
			this.jdbc.sql("update person_import_job set status = 'FAILED', finished_at = now() where id = :id")
				.param("id", jobId)
				.update();
		}
		finally {
			this.heartbeat.ended(jobId);
		}
	}

	/**
	 * Writes every row in one transaction: a row refused on writing (a CCCD registered
	 * meanwhile) or a failure rolls all of them back.
	 */
	private void writeAll(long jobId, Caller caller, List<PersonRowChecks.Checked> valid, List<RowError> errors) {
		PersonRowChecks.Checked[] current = new PersonRowChecks.Checked[1];
		try {
			this.tx.executeWithoutResult((status) -> {
				for (int from = 0; from < valid.size(); from += BATCH) {
					List<PersonRowChecks.Checked> batch = valid.subList(from, Math.min(valid.size(), from + BATCH));
					for (PersonRowChecks.Checked c : batch) {
						current[0] = c;
						this.people.createImported(caller, c.draft());
					}
					int written = from + batch.size();
					this.progressTx
						.executeWithoutResult((s) -> this.jobs.progress(jobId, "IMPORTING", written, 0, null));
				}
			});
		}
		catch (PersonRejected rejected) {
			this.rows.refused(current[0], rejected, errors);
			this.jobs.finish(jobId, "REJECTED", valid.size(), 0, errors);
			return;
		}
		this.jobs.finish(jobId, "DONE", valid.size(), valid.size(), errors);
	}

	/**
	 * Writes a batch in one transaction; if a row fails on writing, each row on its own.
	 */
	private int writeBatch(Caller caller, List<PersonRowChecks.Checked> batch, List<RowError> errors) {
		try {
			this.tx
				.executeWithoutResult((status) -> batch.forEach((c) -> this.people.createImported(caller, c.draft())));
			return batch.size();
		}
		catch (PersonRejected ex) {
			int inserted = 0;
			for (PersonRowChecks.Checked c : batch) {
				try {
					this.tx.executeWithoutResult((status) -> this.people.createImported(caller, c.draft()));
					inserted++;
				}
				catch (PersonRejected rejected) {
					this.rows.refused(c, rejected, errors);
				}
			}
			return inserted;
		}
	}

}
