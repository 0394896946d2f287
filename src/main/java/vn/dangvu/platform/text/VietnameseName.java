package vn.dangvu.platform.text;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

/**
 * A Vietnamese full name split into family, middle and given name ("Nguyễn Thị Thu Hà" →
 * Nguyễn / Thị Thu / Hà), and its sort key: Vietnamese lists are ordered by given name,
 * then middle name, then family name, with ICU's Vietnamese collation.
 */
public record VietnameseName(String family, String middle, String given) {

	private static final Collator COLLATOR;

	static {
		Collator c = Collator.getInstance(new ULocale("vi"));
		c.setStrength(Collator.TERTIARY);
		COLLATOR = c.freeze();
	}

	public static VietnameseName parse(String fullName) {
		String clean = VietnameseText.clean(fullName);
		if (clean == null || clean.isEmpty()) {
			throw new IllegalArgumentException("empty name");
		}
		String[] parts = clean.split(" ");
		if (parts.length == 1) {
			return new VietnameseName("", "", parts[0]);
		}
		String middle = String.join(" ", java.util.Arrays.copyOfRange(parts, 1, parts.length - 1));
		return new VietnameseName(parts[0], middle, parts[parts.length - 1]);
	}

	public String full() {
		return String.join(" ",
				java.util.stream.Stream.of(this.family, this.middle, this.given).filter((s) -> !s.isEmpty()).toList());
	}

	/**
	 * Bytes that order as the Vietnamese collation orders (given, middle, family);
	 * PostgreSQL compares {@code bytea} byte by byte, so an index on this column gives
	 * the list order.
	 */
	public byte[] sortKey() {
		String ordered = this.given + " " + this.middle + " " + this.family;
		return COLLATOR.getCollationKey(ordered).toByteArray();
	}

	/** A comparator in the same order, for lists built in memory. */
	public static int compare(String fullNameA, String fullNameB) {
		return java.util.Arrays.compareUnsigned(parse(fullNameA).sortKey(), parse(fullNameB).sortKey());
	}

}
