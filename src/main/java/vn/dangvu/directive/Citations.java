package vn.dangvu.directive;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses and validates one written document number in either style (decision 0130). Pure
 * and thread-safe; extraction from running text lives beside it.
 */
public final class Citations {

	private static final Pattern LEADING = Pattern.compile("^(?:(?i:số)\\s*:?\\s*)?");

	private static final Pattern PARTY = Pattern.compile(
			"^(\\d{1,5})\\s*-\\s*([A-ZĐ][A-Za-zĐđ]{0,4})\\s*/\\s*([A-ZĐ][A-ZĐ0-9]{0,9})(?:\\s*/\\s*([a-z]{1,4}))?$");

	private static final Pattern STATE = Pattern.compile(
			"^(\\d{1,5})(?:\\s*/\\s*((?:19|20)\\d{2}))?\\s*/\\s*([A-ZĐ][A-Za-zĐđ]{0,4})\\s*-\\s*([A-ZĐ][A-Za-zĐđ0-9]{0,9})$");

	private static final Pattern LAW = Pattern.compile("^(\\d{1,5})\\s*/\\s*((?:19|20)\\d{2})\\s*/\\s*(QH\\d{1,2})$");

	private static final Pattern BARE = Pattern.compile("^(\\d{1,5})(?:\\s*/\\s*([A-ZĐ][A-ZĐ0-9]{0,9}))?$");

	private Citations() {
	}

	public static CitationParse parse(String written) {
		if (written == null || written.isBlank()) {
			return CitationParse.rejected("directive.citation.empty");
		}
		String text = Normalizer.normalize(written.strip(), Normalizer.Form.NFC);
		text = LEADING.matcher(text).replaceFirst("").strip();
		Matcher m = PARTY.matcher(text);
		if (m.matches()) {
			return CitationParse
				.ok(new Citation(m.group(1), null, m.group(2), m.group(3), m.group(4), CitationStyle.PARTY));
		}
		m = LAW.matcher(text);
		if (m.matches()) {
			return CitationParse
				.ok(new Citation(m.group(1), Integer.valueOf(m.group(2)), null, m.group(3), null, CitationStyle.STATE));
		}
		m = STATE.matcher(text);
		if (m.matches()) {
			Integer year = m.group(2) == null ? null : Integer.valueOf(m.group(2));
			return CitationParse.ok(new Citation(m.group(1), year, m.group(3), m.group(4), null, CitationStyle.STATE));
		}
		m = BARE.matcher(text);
		if (m.matches()) {
			return CitationParse.ok(new Citation(m.group(1), null, null, m.group(2), null, CitationStyle.STATE));
		}
		return CitationParse.rejected("directive.citation.unrecognised", written.strip());
	}

}
