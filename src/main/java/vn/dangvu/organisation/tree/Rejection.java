package vn.dangvu.organisation.tree;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import vn.dangvu.platform.error.RuleViolationException;

/**
 * Why a change to the tree is refused: a message key (with arguments) the user reads, and
 * the input field at fault when there is one.
 */
record Rejection(String field, String messageKey, Object... args) {

	static Optional<Rejection> of(String field, String messageKey, Object... args) {
		return Optional.of(new Rejection(field, messageKey, args));
	}

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** Dates in messages read the Vietnamese way. */
	static String day(LocalDate date) {
		return date == null ? "" : DAY.format(date);
	}

	RuleViolationException toException() {
		return RuleViolationException.onField(this.field, this.messageKey, this.args);
	}

	/** Throws the first rejection, if any. */
	@SafeVarargs
	static void throwFirst(Optional<Rejection>... checks) {
		for (Optional<Rejection> check : checks) {
			if (check.isPresent()) {
				throw check.get().toException();
			}
		}
	}

}
