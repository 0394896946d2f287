package vn.dangvu.people.record;

/**
 * The list filters, as typed by the user; {@link PersonReads} checks them.
 *
 * @param sort {@code name} (Vietnamese order, default), {@code birthDate} (oldest first)
 * or {@code -birthDate}
 */
public record PersonFilter(String q, Long unit, Belonging kind, Integer minAge, Integer maxAge, String sort) {

	public static final String SORT_NAME = "name";

	public static PersonFilter none() {
		return new PersonFilter(null, null, null, null, null, null);
	}

	public static PersonFilter ofUnit(long unit) {
		return new PersonFilter(null, unit, null, null, null, null);
	}

	public boolean isEmpty() {
		return (this.q == null || this.q.isBlank()) && this.unit == null && this.kind == null && this.minAge == null
				&& this.maxAge == null;
	}

}
