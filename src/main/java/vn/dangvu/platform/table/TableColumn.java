package vn.dangvu.platform.table;

import java.util.function.Function;

import vn.dangvu.platform.text.VietnameseName;

/**
 * One column of a list: its key in {@code ?sort=key,dir}, its header (a message key), the
 * value a row shows in it (also what the XLSX export writes), and how it sorts.
 *
 * @param value the cell's value: a String, a Number, a LocalDate, a Boolean, a
 * {@link Text} (a message) or null
 * @param sortValue what the column sorts by in memory (null: not sortable in memory)
 * @param sql the whitelisted ORDER BY expression when the list comes from SQL (null:
 * none)
 */
public record TableColumn<T>(String key, String labelKey, Function<T, ?> value,
		Function<T, ? extends Comparable<?>> sortValue, String sql) {

	/** A column sorted in memory by its own value (a String sorts the Vietnamese way). */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static <T> TableColumn<T> of(String key, String labelKey, Function<T, ?> value) {
		return new TableColumn<>(key, labelKey, value, (Function) value, null);
	}

	/**
	 * A column of persons' full names, sorted the Vietnamese way: given name, middle,
	 * family.
	 */
	public static <T> TableColumn<T> ofName(String key, String labelKey, Function<T, String> name) {
		return new TableColumn<>(key, labelKey, name, (row) -> {
			String n = name.apply(row);
			return (n != null) ? new NameOrder(n) : null;
		}, null);
	}

	/** A column shown and exported but not offered for sorting. */
	public static <T> TableColumn<T> fixed(String key, String labelKey, Function<T, ?> value) {
		return new TableColumn<>(key, labelKey, value, null, null);
	}

	/**
	 * The same column sorted in memory by another value (a label sorted by its code, …).
	 */
	public TableColumn<T> sortedBy(Function<T, ? extends Comparable<?>> by) {
		return new TableColumn<>(this.key, this.labelKey, this.value, by, this.sql);
	}

	/** The same column sorted by SQL with this ORDER BY expression. */
	public TableColumn<T> sql(String expression) {
		return new TableColumn<>(this.key, this.labelKey, this.value, this.sortValue, expression);
	}

	public boolean sortable() {
		return this.sortValue != null || this.sql != null;
	}

	/**
	 * A cell whose text is a message (a status, a kind): resolved in the reader's
	 * language.
	 */
	public record Text(String key, Object... args) implements Comparable<Text> {

		@Override
		public int compareTo(Text other) {
			return this.key.compareTo(other.key);
		}

	}

	/** A full name ordered as Vietnamese lists are. */
	record NameOrder(String fullName) implements Comparable<NameOrder> {

		@Override
		public int compareTo(NameOrder other) {
			return VietnameseName.compare(this.fullName, other.fullName);
		}

	}

}
