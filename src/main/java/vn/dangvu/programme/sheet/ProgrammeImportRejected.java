package vn.dangvu.programme.sheet;

import java.util.List;

import vn.dangvu.platform.error.RuleViolationException;

/**
 * An import refused because rows are wrong (decision 0271): every problem of every row,
 * nothing written. The API answers 422 listing them; the page lists them.
 */
public class ProgrammeImportRejected extends RuleViolationException {

	private final transient List<SheetError> errors;

	ProgrammeImportRejected(List<SheetError> errors) {
		super("programme.import.rejected", errors.size());
		this.errors = List.copyOf(errors);
	}

	public List<SheetError> errors() {
		return this.errors;
	}

}
