package vn.dangvu.directive.input;

import java.util.Locale;

import vn.dangvu.platform.error.RuleViolationException;

/** The checks the directive API applies to its query parameters and enum values. */
public final class ApiInput {

	public static final int MAX_SIZE = 500;

	private ApiInput() {
	}

	public static void paging(int page, int size) {
		if (page < 0 || page > 1_000_000) {
			throw RuleViolationException.onField("page", "directive.input.pageInvalid");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw RuleViolationException.onField("size", "directive.input.sizeInvalid", MAX_SIZE);
		}
	}

	public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw RuleViolationException.onField(field, "directive.input.invalidChoice");
		}
	}

}
