package vn.dangvu.directive.citation;

import java.text.Normalizer;

/**
 * The input in the form the patterns read ({@link Citations#normalise(String)}: NFC, "Ð"
 * as "Đ", every dash as "-"), with the way back from a position in it to the position in
 * the input, so that offsets reported are the caller's.
 */
final class NormalisedText {

	private final String text;

	/**
	 * For each character of {@link #text}, where it starts in the input (plus the end).
	 */
	private final int[] origin;

	private NormalisedText(String text, int[] origin) {
		this.text = text;
		this.origin = origin;
	}

	static NormalisedText of(String input) {
		if (Normalizer.isNormalized(input, Normalizer.Form.NFC)) {
			char[] chars = input.toCharArray();
			for (int i = 0; i < chars.length; i++) {
				chars[i] = Citations.canonicalChar(chars[i]);
			}
			return new NormalisedText(new String(chars), null);
		}
		StringBuilder out = new StringBuilder(input.length());
		int[] origin = new int[input.length() + 1];
		int i = 0;
		while (i < input.length()) {
			int j = i + Character.charCount(input.codePointAt(i));
			while (j < input.length() && Character.getType(input.codePointAt(j)) == Character.NON_SPACING_MARK) {
				j += Character.charCount(input.codePointAt(j));
			}
			String cluster = Normalizer.normalize(input.substring(i, j), Normalizer.Form.NFC);
			for (int k = 0; k < cluster.length(); k++) {
				origin[out.length()] = i;
				out.append(Citations.canonicalChar(cluster.charAt(k)));
			}
			i = j;
		}
		origin[out.length()] = input.length();
		int[] trimmed = new int[out.length() + 1];
		System.arraycopy(origin, 0, trimmed, 0, out.length() + 1);
		return new NormalisedText(out.toString(), trimmed);
	}

	String text() {
		return this.text;
	}

	/** The input offset where the character at {@code index} starts. */
	int start(int index) {
		return this.origin == null ? index : this.origin[index];
	}

	/** The input offset just after the span that ends (exclusive) at {@code end}. */
	int end(int end) {
		return this.origin == null ? end : this.origin[end];
	}

}
