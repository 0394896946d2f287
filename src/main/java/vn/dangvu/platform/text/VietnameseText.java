package vn.dangvu.platform.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folding of Vietnamese text for search: lower case, no diacritics, "đ" as "d", single
 * spaces. "Nguyễn Văn Đức" and "nguyen van duc" fold to the same text, so a search typed
 * without diacritics finds the accented name.
 */
public final class VietnameseText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private VietnameseText() {
	}

	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
		return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
	}

	/** Trims, collapses inner spaces and puts the text in NFC, the form we store. */
	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
		return SPACES.matcher(nfc).replaceAll(" ").trim();
	}

	/** Escapes LIKE wildcards so a user's "%" or "_" is matched literally. */
	public static String likeContains(String folded) {
		return "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
