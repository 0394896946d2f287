package vn.dangvu.people.record;

/**
 * One reason a person's data is refused: the field, the message key and its arguments.
 *
 * @param badInput true for input that could not be read at all (a malformed date, an
 * unknown catalogue value), which the API answers with 400 rather than 422
 */
public record PersonViolation(String field, String key, Object[] args, boolean badInput) {

	public static final String DUPLICATE_CCCD = "person.cccd.duplicate";

	public static PersonViolation rule(String field, String key, Object... args) {
		return new PersonViolation(field, key, args, false);
	}

	public static PersonViolation input(String field, String key, Object... args) {
		return new PersonViolation(field, key, args, true);
	}

	public boolean isDuplicate() {
		return DUPLICATE_CCCD.equals(this.key);
	}

}
