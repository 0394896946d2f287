package vn.dangvu.directive.citation;

import static vn.dangvu.directive.citation.Citations.*;

import java.util.Arrays;
import java.util.Optional;
import java.util.Locale;
import java.util.stream.Collectors;

import vn.dangvu.directive.Citation;
import vn.dangvu.directive.CitationParse;
import vn.dangvu.directive.CitationStyle;
import vn.dangvu.directive.DocumentType;

/**
 * The two grammars of a document number after its digits: Party and state (decision
 * 0130).
 */
final class CitationGrammar {

	private CitationGrammar() {
	}

	/** {@code 448-KH/ĐU}, {@code 141-CV/VPTW/nb}: rest is after the hyphen. */
	static CitationParse party(String number, String rest, String shown) {
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

	/**
	 * {@code 07/QĐ-CĐ}, {@code 30/2020/NĐ-CP}, {@code 10/2022/QH15}, {@code 1411/ĐU}: one
	 * pass over the parts of a state number (year, then type and issuer), each check
	 * returning its own rejection.
	 */
	static CitationParse state(String number, String rest, String shown) {
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
		return stateWithType(number, year, body, hyphen, shown);
	}

	/**
	 * The type and issuer of a state number ({@code QĐ-CĐ}, {@code NĐ-CP}, joint
	 * issuers), or the issuer and department of a state công văn ({@code BTC-TCHQ}).
	 */
	static CitationParse stateWithType(String number, Integer year, String body, int hyphen, String shown) {
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

	static CitationParse stateWithoutType(String number, Integer year, String body, String shown) {
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

	static CitationParse checkCode(String code) {
		if (!CODE.matcher(code).matches()) {
			if (code.length() > 6 && code.chars().allMatch(Character::isLetter)) {
				return CitationParse.rejected("directive.citation.type.tooLong", code);
			}
			return CitationParse.rejected("directive.citation.type.invalid", code);
		}
		return null;
	}

	static CitationParse checkIssuer(String issuer, boolean severalParts) {
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
