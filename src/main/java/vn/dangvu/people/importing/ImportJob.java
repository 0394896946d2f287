package vn.dangvu.people.importing;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The state of an import, read from the database so that any node can report it.
 * {@code interrupted}: failed because the application stopped while running it.
 */
public record ImportJob(long id, String createdBy, String fileName, boolean validOnly, Status status, int total,
		int processed, int inserted, List<RowError> errors, OffsetDateTime createdAt, OffsetDateTime finishedAt,
		boolean interrupted) {

	public enum Status {

		/** Checking every row before anything is written. */
		VALIDATING,
		/**
		 * Writing the rows: all in one transaction, or in committed batches when only the
		 * valid rows are asked for.
		 */
		IMPORTING,
		/** Finished; {@code inserted} rows were written. */
		DONE,
		/** The file had errors and the user did not ask to import the valid rows only. */
		REJECTED,
		/** Stopped by an unexpected failure. */
		FAILED

	}

	public boolean finished() {
		return this.status == Status.DONE || this.status == Status.REJECTED || this.status == Status.FAILED;
	}

	public int percent() {
		if (this.finished()) {
			return 100;
		}
		return this.total == 0 ? 0 : Math.min(100, this.processed * 100 / this.total);
	}

	public long erroneousRows() {
		return this.errors.stream().mapToInt(RowError::row).distinct().count();
	}

}
