package vn.dangvu.directive.citation;

import vn.dangvu.directive.Citation;
import vn.dangvu.directive.CitationParse;
import vn.dangvu.directive.CitationStyle;
import vn.dangvu.directive.DocumentType;

import java.text.Normalizer;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.dangvu.platform.text.PlainText;

/**
 * Parses, validates and formats one written document number in either style (decision
 * 0130). Pure and thread-safe; extraction from running text lives in
 * {@link CitationExtractor}; the Party and state grammars in {@link CitationGrammar}.
 * <p>
 * Accepted: any case ("448-kh/đu" → {@code 448-KH/ĐU}), NFC or decomposed Unicode, "Ð"
 * (U+00D0) for "Đ", en/em dashes and other hyphens for "-", spaces and line breaks around
 * the separators, a leading "Số"/"Số:" and a leading type word ("Quy định số 99-QĐ/TW" is
 * read as a regulation). A rejection carries a message key {@code directive.citation.*}
 * and its arguments.
 */
public final class Citations {

	/** Longest input considered at all (a citation is at most a few dozen characters). */
	public static final int MAX_INPUT = 200;

	/** Longest canonical citation (the registry's citation column holds 80). */
	public static final int MAX_LENGTH = 60;

	static final int MAX_DIGITS = 5;

	/** Trailing parts a Party citation may carry after its issuer ({@code /nb}). */
	static final Set<String> SUFFIXES = Set.of("nb", "m");

	/**
	 * Issuer codes seen in both styles (RULES.md and the state bodies most cited): used
	 * to tell "1411/ĐU" (a công văn of ĐU) from "07/QĐ" (a decision without its issuer),
	 * and a state công văn "1234/BTC-TCHQ" (issuer and its department) from an unknown
	 * type code.
	 */
	static final Set<String> KNOWN_ISSUERS = Set.of("TW", "BCT", "BBT", "BCĐTW", "BTCTW", "VPTW", "UBKTTW", "BTGTW",
			"BDVTW", "BTGDVTW", "TU", "TƯ", "VPTU", "BTCTU", "BTGTU", "BDVTU", "UBKTTU", "HU", "QU", "THU", "ĐU", "ĐUK",
			"BTCĐU", "ĐTN", "TWĐTN", "CĐ", "CĐN", "LĐLĐ", "TLĐ", "CP", "VPCP", "TTG", "QH", "BTC", "BNV", "BCA", "BQP",
			"BGDĐT", "BYT", "BLĐTBXH", "BTP", "BKHĐT", "BTNMT", "BNG", "BXD", "BGTVT", "BTTTT", "BVHTTDL", "UBND",
			"HĐND", "VPUBND", "HQ", "TCHQ", "TCT", "KBNN", "NHNN", "BHXH", "TANDTC", "VKSNDTC", "TTCP", "MTTQ");

	static final Set<String> JOINT_TYPES = Set.of("TTLT", "NQLT");

	static final Pattern LEADING_NUMBER_WORD = Pattern.compile("^(?iu:số|so)\\s*(?::|\\.)?\\s*(?=\\d|\\p{L}|$)");

	static final Pattern SEPARATOR_SPACES = Pattern.compile("\\s*([-/])\\s*");

	static final Pattern DIGITS = Pattern.compile("\\d+");

	static final Pattern CODE = Pattern.compile("[A-Za-zĐđ]{1,6}");

	static final Pattern ISSUER_PART = Pattern.compile("[A-Za-zĐđƯư][A-Za-zĐđƯư0-9]{0,19}");

	static final Pattern TYPE_WORD;

	static {
		String words = DocumentType.wordsLongestFirst()
			.stream()
			.map((w) -> w.replace(" ", "\\s+"))
			.collect(Collectors.joining("|"));
		TYPE_WORD = Pattern.compile("^(?iu:(" + words + "))\\s+(?=(?iu:số|so)?\\s*:?\\s*\\d)");
	}

	static final Pattern ANY_SPACE = Pattern.compile("[\\t\\n\\r\\f\\u000B]");

	private Citations() {
	}

	/**
	 * Parses one written document number, optionally preceded by its type word and "Số".
	 */
	public static CitationParse parse(String written) {
		if (written == null || written.isBlank()) {
			return CitationParse.rejected("directive.citation.empty");
		}
		String shown = written.strip();
		if (shown.length() > MAX_INPUT) {
			return CitationParse.rejected("directive.citation.tooLong", MAX_LENGTH);
		}
		// a line break inside a citation copied from a PDF is spacing, not an invisible
		// character
		if (!PlainText.isPlain(ANY_SPACE.matcher(shown).replaceAll(" "))) {
			return CitationParse.rejected(PlainText.INVISIBLE);
		}
		String text = normalise(shown).strip();
		DocumentType wordType = null;
		Matcher word = TYPE_WORD.matcher(text);
		if (word.find()) {
			wordType = DocumentType.forWord(word.group(1)).orElse(null);
			text = text.substring(word.end());
		}
		text = LEADING_NUMBER_WORD.matcher(text).replaceFirst("");
		text = SEPARATOR_SPACES.matcher(text).replaceAll("$1");
		if (text.isEmpty()) {
			return CitationParse.rejected("directive.citation.empty");
		}
		if (text.codePoints().anyMatch(Character::isWhitespace)) {
			return CitationParse.rejected("directive.citation.unrecognised", shown);
		}
		if (text.length() > MAX_LENGTH) {
			return CitationParse.rejected("directive.citation.tooLong", MAX_LENGTH);
		}
		int sep = firstSeparator(text);
		String head = sep < 0 ? text : text.substring(0, sep);
		CitationParse numberProblem = checkNumber(head, shown);
		if (numberProblem != null) {
			return numberProblem;
		}
		CitationParse result;
		if (sep < 0) {
			result = CitationParse.ok(new Citation(head, null, null, null, null, CitationStyle.STATE));
		}
		else if (text.charAt(sep) == '-') {
			result = CitationGrammar.party(head, text.substring(sep + 1), shown);
		}
		else {
			result = CitationGrammar.state(head, text.substring(sep + 1), shown);
		}
		if (result.isValid() && wordType != null) {
			return CitationParse.ok(withWord(result.citation(), wordType));
		}
		return result;
	}

	/** Parses and returns the citation, or empty when it is rejected. */
	public static Optional<Citation> tryParse(String written) {
		return parse(written).value();
	}

	/** The canonical written form of a valid citation, or empty. */
	public static Optional<String> format(String written) {
		return tryParse(written).map(Citation::format);
	}

	/**
	 * Reads the citation as the type a word beside it names, when that type may carry its
	 * code (the word "quy định" turns a QĐ into a regulation; a word that contradicts the
	 * code is ignored).
	 */
	public static Citation withWord(Citation citation, DocumentType wordType) {
		if (wordType == null) {
			return citation;
		}
		if (citation.typeCode() == null) {
			if (citation.documentType() == DocumentType.LAW || citation.documentType() == DocumentType.RESOLUTION
					|| citation.documentType() == null || citation.documentType() == DocumentType.OFFICIAL_LETTER) {
				return citation.withDocumentType(wordType);
			}
			return citation;
		}
		if (DocumentType.forCode(citation.style(), citation.typeCode()).contains(wordType)) {
			return citation.withDocumentType(wordType);
		}
		return citation;
	}

	/**
	 * Text in the form the parser and the extraction read: NFC, "Ð"/"ð" as "Đ"/"đ", every
	 * dash or hyphen as "-", fraction and full-width slashes as "/", no-break spaces as
	 * spaces. Character-for-character after NFC, so offsets survive.
	 */
	public static String normalise(String text) {
		String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
		StringBuilder sb = new StringBuilder(nfc.length());
		for (int i = 0; i < nfc.length(); i++) {
			sb.append(canonicalChar(nfc.charAt(i)));
		}
		return sb.toString();
	}

	/** One character of {@link #normalise(String)} (after NFC). */
	public static char canonicalChar(char c) {
		return switch (c) {
			case '\u00D0', '\u0189' -> 'Đ';
			case '\u00F0' -> 'đ';
			case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63', '\uFF0D' -> '-';
			case '\u2044', '\u2215', '\uFF0F' -> '/';
			case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u2002', '\u2003' -> ' ';
			default -> c;
		};
	}

	static int firstSeparator(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '-' || c == '/') {
				return i;
			}
		}
		return -1;
	}

	static CitationParse checkNumber(String head, String shown) {
		if (head.isEmpty()) {
			return CitationParse.rejected("directive.citation.number.missing", shown);
		}
		if (!DIGITS.matcher(head).matches()) {
			if (head.codePoints().allMatch(Character::isLetterOrDigit)) {
				return CitationParse.rejected("directive.citation.number.letters", head);
			}
			return CitationParse.rejected("directive.citation.unrecognised", shown);
		}
		if (head.length() > MAX_DIGITS) {
			return CitationParse.rejected("directive.citation.number.tooLong", head, MAX_DIGITS);
		}
		if (head.chars().allMatch((c) -> c == '0')) {
			return CitationParse.rejected("directive.citation.number.zero");
		}
		return null;
	}

}
