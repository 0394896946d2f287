package vn.dangvu.directive;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.dangvu.platform.text.PlainText;

/**
 * Parses, validates and formats one written document number in either style (decision
 * 0130). Pure and thread-safe; extraction from running text lives in
 * {@code vn.dangvu.directive.citation}.
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

	private static final Set<String> JOINT_TYPES = Set.of("TTLT", "NQLT");

	private static final Pattern LEADING_NUMBER_WORD = Pattern
		.compile("^(?iu:số|so)\\s*(?::|\\.)?\\s*(?=\\d|\\p{L}|$)");

	private static final Pattern SEPARATOR_SPACES = Pattern.compile("\\s*([-/])\\s*");

	private static final Pattern DIGITS = Pattern.compile("\\d+");

	private static final Pattern CODE = Pattern.compile("[A-Za-zĐđ]{1,6}");

	private static final Pattern ISSUER_PART = Pattern.compile("[A-Za-zĐđƯư][A-Za-zĐđƯư0-9]{0,19}");

	private static final Pattern TYPE_WORD;

	static {
		String words = DocumentType.wordsLongestFirst()
			.stream()
			.map((w) -> w.replace(" ", "\\s+"))
			.collect(Collectors.joining("|"));
		TYPE_WORD = Pattern.compile("^(?iu:(" + words + "))\\s+(?=(?iu:số|so)?\\s*:?\\s*\\d)");
	}

	private static final Pattern ANY_SPACE = Pattern.compile("[\\t\\n\\r\\f\\u000B]");

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
			result = party(head, text.substring(sep + 1), shown);
		}
		else {
			result = state(head, text.substring(sep + 1), shown);
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

	private static int firstSeparator(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '-' || c == '/') {
				return i;
			}
		}
		return -1;
	}

	private static CitationParse checkNumber(String head, String shown) {
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

	/** {@code 448-KH/ĐU}, {@code 141-CV/VPTW/nb}: rest is after the hyphen. */
	private static CitationParse party(String number, String rest, String shown) {
		String[] parts = rest.split("/", -1);
		String type = parts[0];
		if (type.isEmpty()) {
			return CitationParse.rejected("directive.citation.type.missing", shown);
		}
		if (type.indexOf('-') >= 0) {
			return CitationParse.rejected("directive.citation.separators.mixed", shown);
		}
		CitationParse typeProblem = checkCode(type);
		if (typeProblem != null) {
			return typeProblem;
		}
		Optional<String> canonicalType = DocumentType.canonicalCode(CitationStyle.PARTY, type);
		if (canonicalType.isEmpty()) {
			return CitationParse.rejected("directive.citation.type.unknown.party", type);
		}
		if (parts.length == 1 || parts[1].isEmpty()) {
			return CitationParse.rejected("directive.citation.issuer.missing", shown);
		}
		if (parts.length > 3) {
			return CitationParse.rejected("directive.citation.separators.mixed", shown);
		}
		String issuer = parts[1];
		if (issuer.indexOf('-') >= 0) {
			return CitationParse.rejected("directive.citation.separators.mixed", shown);
		}
		if (parts.length == 2 && SUFFIXES.contains(issuer)) {
			return CitationParse.rejected("directive.citation.issuer.missing", shown);
		}
		if (!ISSUER_PART.matcher(issuer).matches()) {
			return CitationParse.rejected("directive.citation.issuer.invalid", issuer);
		}
		String suffix = null;
		if (parts.length == 3) {
			suffix = parts[2].toLowerCase(Locale.ROOT);
			if (!SUFFIXES.contains(suffix)) {
				return CitationParse.rejected("directive.citation.suffix.unknown", parts[2]);
			}
		}
		return CitationParse
			.ok(new Citation(number, null, canonicalType.get(), canonicalIssuer(issuer), suffix, CitationStyle.PARTY));
	}

	/** {@code 07/QĐ-CĐ}, {@code 30/2020/NĐ-CP}, {@code 10/2022/QH15}, {@code 1411/ĐU}. */
	private static CitationParse state(String number, String rest, String shown) {
		String[] parts = rest.split("/", -1);
		Integer year = null;
		int i = 0;
		if (parts.length >= 2 && DIGITS.matcher(parts[0]).matches()) {
			if (parts[0].length() != 4) {
				return CitationParse.rejected("directive.citation.unrecognised", shown);
			}
			int y = Integer.parseInt(parts[0]);
			if (y < 1945 || y > 2099) {
				return CitationParse.rejected("directive.citation.year.invalid", parts[0]);
			}
			year = y;
			i = 1;
		}
		if (parts.length - i != 1) {
			if (parts.length - i == 2 && SUFFIXES.contains(parts[i + 1].toLowerCase(Locale.ROOT))) {
				// "/nb" belongs to Party style only
				return CitationParse.rejected("directive.citation.separators.mixed", shown);
			}
			return CitationParse.rejected(parts.length == 1 || DIGITS.matcher(parts[0]).matches()
					? "directive.citation.unrecognised" : "directive.citation.separators.mixed", shown);
		}
		String body = parts[i];
		if (body.isEmpty()) {
			return CitationParse.rejected(
					year == null ? "directive.citation.unrecognised" : "directive.citation.issuer.missing", shown);
		}
		if (DIGITS.matcher(body).matches() || !Character.isLetter(body.charAt(0))) {
			return CitationParse.rejected("directive.citation.unrecognised", shown);
		}
		int hyphen = body.indexOf('-');
		if (hyphen < 0) {
			return stateWithoutType(number, year, body, shown);
		}
		String code = body.substring(0, hyphen);
		String issuer = body.substring(hyphen + 1);
		if (code.isEmpty()) {
			return CitationParse.rejected("directive.citation.type.missing", shown);
		}
		Optional<String> canonicalType = DocumentType.canonicalCode(CitationStyle.STATE, code);
		if (canonicalType.isEmpty()) {
			String upper = code.toUpperCase(Locale.ROOT);
			if (KNOWN_ISSUERS.contains(upper) && year == null) {
				// a state công văn: issuer and its department, "1234/BTC-TCHQ"
				CitationParse issuerProblem = checkIssuer(body, true);
				if (issuerProblem != null) {
					return issuerProblem;
				}
				return CitationParse
					.ok(new Citation(number, null, null, canonicalIssuer(body), null, CitationStyle.STATE));
			}
			CitationParse codeProblem = checkCode(code);
			if (codeProblem != null) {
				return codeProblem;
			}
			return CitationParse.rejected("directive.citation.type.unknown.state", code);
		}
		if (issuer.isEmpty()) {
			return CitationParse.rejected("directive.citation.issuer.missing", shown);
		}
		boolean joint = JOINT_TYPES.contains(canonicalType.get());
		if (issuer.indexOf('-') >= 0 && !joint) {
			return CitationParse.rejected("directive.citation.separators.mixed", shown);
		}
		CitationParse issuerProblem = checkIssuer(issuer, joint);
		if (issuerProblem != null) {
			return issuerProblem;
		}
		return CitationParse
			.ok(new Citation(number, year, canonicalType.get(), canonicalIssuer(issuer), null, CitationStyle.STATE));
	}

	private static CitationParse stateWithoutType(String number, Integer year, String body, String shown) {
		if (!ISSUER_PART.matcher(body).matches()) {
			return CitationParse.rejected("directive.citation.issuer.invalid", body);
		}
		String upper = body.toUpperCase(Locale.ROOT);
		boolean knownIssuer = KNOWN_ISSUERS.contains(upper) || upper.matches("(UBTV)?QH\\d{1,2}");
		if (!knownIssuer && DocumentType.canonicalCode(CitationStyle.STATE, body).isPresent()) {
			// "07/QĐ", "30/2020/NĐ": a type code where the issuer should follow
			return CitationParse.rejected("directive.citation.issuer.missing", shown);
		}
		if (!knownIssuer && DocumentType.canonicalCode(CitationStyle.PARTY, body).isPresent()) {
			return CitationParse.rejected("directive.citation.issuer.missing", shown);
		}
		return CitationParse.ok(new Citation(number, year, null, canonicalIssuer(body), null, CitationStyle.STATE));
	}

	private static CitationParse checkCode(String code) {
		if (!CODE.matcher(code).matches()) {
			if (code.length() > 6 && code.chars().allMatch(Character::isLetter)) {
				return CitationParse.rejected("directive.citation.type.tooLong", code);
			}
			return CitationParse.rejected("directive.citation.type.invalid", code);
		}
		return null;
	}

	private static CitationParse checkIssuer(String issuer, boolean severalParts) {
		String[] parts = severalParts ? issuer.split("-", -1) : new String[] { issuer };
		for (String part : parts) {
			if (!ISSUER_PART.matcher(part).matches()) {
				return CitationParse.rejected("directive.citation.issuer.invalid", part.isEmpty() ? issuer : part);
			}
		}
		return null;
	}

	/** Upper case, except the mixed-case issuer codes written that way (TTg). */
	static String canonicalIssuer(String issuer) {
		return Arrays.stream(issuer.split("-", -1)).map((p) -> {
			String upper = p.toUpperCase(Locale.ROOT);
			return "TTG".equals(upper) ? "TTg" : upper;
		}).collect(Collectors.joining("-"));
	}

}
