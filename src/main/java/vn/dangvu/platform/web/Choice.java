package vn.dangvu.platform.web;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * One option of a select in {@code fragments/form :: select} and
 * {@code fragments/filters :: select}: the value sent and the label shown (already in the
 * reader's language).
 */
public record Choice(String value, String label) {

	public static Choice of(Object value, String label) {
		return new Choice(String.valueOf(value), label);
	}

	/** Options made from a list of records. */
	public static <T> List<Choice> of(Collection<T> items, Function<T, ?> value, Function<T, String> label) {
		return items.stream().map((i) -> of(value.apply(i), label.apply(i))).toList();
	}

}
