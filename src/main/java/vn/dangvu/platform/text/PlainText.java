package vn.dangvu.platform.text;

import java.text.Normalizer;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * What a name, a code or a citation may hold: printable text only. A right-to-left
 * override, a zero-width space or an emoji in a name looks like an ordinary name on
 * screen while it sorts, searches and compares as another one, so such text is refused,
 * not silently cleaned (decision 0171). Text is kept in NFC, the form we store.
 */
public final class PlainText {

	/** The message key of the refusal (platform bundle). */
	public static final String INVISIBLE = "error.text.invisible";

	private PlainText() {
	}

	/**
	 * Whether the text holds a control character other than tab, line feed and carriage
	 * return (NUL and the other C0/C1 controls): what no request parameter may carry.
	 */
	public static boolean hasControl(String text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a one-line name, code or citation is printable text: no control or format
	 * characters (bidi overrides U+202A–202E and U+2066–2069, zero-width U+200B–200D,
	 * U+FEFF), no line separators, no private-use or unassigned code points, no emoji or
	 * variation selectors. Null is plain.
	 */
	public static boolean isPlain(String text) {
		if (text == null) {
			return true;
		}
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			i += Character.charCount(cp);
			if (!isPlainCodePoint(cp)) {
				return false;
			}
		}
		return true;
	}

	/** The text in NFC, or null for null. */
	public static String nfc(String text) {
		return (text == null) ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	private static boolean isPlainCodePoint(int cp) {
		switch (Character.getType(cp)) {
			case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED,
					Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR:
				return false;
			default:
				break;
		}
		if (UCharacter.hasBinaryProperty(cp, UProperty.VARIATION_SELECTOR)
				|| UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_PRESENTATION)
				|| UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_MODIFIER)
				|| UCharacter.hasBinaryProperty(cp, UProperty.REGIONAL_INDICATOR)) {
			return false;
		}
		// pictographs without emoji presentation (☺ U+263A, ✈ U+2708) are emoji too;
		// letters, digits and ordinary punctuation never are
		return !(UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC) && cp > 0x2000);
	}

}
