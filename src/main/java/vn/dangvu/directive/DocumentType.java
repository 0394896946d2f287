package vn.dangvu.directive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Document types (Quy định 399-QĐ/TW for the Party; Luật Ban hành văn bản and Nghị định
 * 30/2020/NĐ-CP for the state) with the abbreviation each style writes. Vietnamese names:
 * {@code directive.type.<NAME>} in the message bundle. Some abbreviations mean two types
 * ("QĐ" is quyết định and, in Party style, also quy định; "TT" is thông tri in Party
 * style and thông tư in state style): the word written beside the number decides.
 */
public enum DocumentType {

	RESOLUTION("NQ", "NQ", "nghị quyết"), DECISION("QĐ", "QĐ", "quyết định"),
	REGULATION("QĐ", "QĐ", "quy định", List.of("QĐi"), List.of("QyĐ")), DIRECTIVE("CT", "CT", "chỉ thị"),
	CONCLUSION("KL", "KL", "kết luận"), STATUTE("QC", "QC", "quy chế"), PARTY_CIRCULAR("TT", null, "thông tri"),
	GUIDANCE("HD", "HD", "hướng dẫn"), NOTICE("TB", "TB", "thông báo"), COMMUNIQUE("TC", "TC", "thông cáo"),
	DECLARATION("TBo", null, "tuyên bố"), APPEAL("LKG", null, "lời kêu gọi"), REPORT("BC", "BC", "báo cáo"),
	PLAN("KH", "KH", "kế hoạch"), MASTER_PLAN("QH", "QH", "quy hoạch"), PROGRAMME("CTr", "CTr", "chương trình"),
	SCHEME("ĐA", "ĐA", "đề án"), OPTION("PA", "PA", "phương án"), PROJECT("DA", "DA", "dự án"),
	SUBMISSION("TTr", "TTr", "tờ trình"), OFFICIAL_LETTER("CV", null, "công văn"), MINUTES("BB", "BB", "biên bản"),
	DECREE(null, "NĐ", "nghị định"), CIRCULAR(null, "TT", "thông tư"), LAW(null, null, "luật"),
	OFFICIAL_DISPATCH(null, "CĐ", "công điện"), JOINT_CIRCULAR(null, "TTLT", "thông tư liên tịch"),
	JOINT_RESOLUTION(null, "NQLT", "nghị quyết liên tịch"), ORDINANCE(null, null, "pháp lệnh");

	private final String partyCode;

	private final String stateCode;

	private final String word;

	private final List<String> otherPartyCodes;

	private final List<String> otherStateCodes;

	DocumentType(String partyCode, String stateCode, String word) {
		this(partyCode, stateCode, word, List.of(), List.of());
	}

	DocumentType(String partyCode, String stateCode, String word, List<String> otherPartyCodes,
			List<String> otherStateCodes) {
		this.partyCode = partyCode;
		this.stateCode = stateCode;
		this.word = word;
		this.otherPartyCodes = otherPartyCodes;
		this.otherStateCodes = otherStateCodes;
	}

	/** The abbreviation in Party style, or null when the Party does not issue it. */
	public String partyCode() {
		return this.partyCode;
	}

	/** The abbreviation in state style, or null when it carries none. */
	public String stateCode() {
		return this.stateCode;
	}

	/** The Vietnamese word in lower case ("nghị quyết"), as it appears in prose. */
	public String word() {
		return this.word;
	}

	/** Older or variant abbreviations in either style ("QĐi", "QyĐ"). */
	public List<String> otherCodes() {
		List<String> all = new ArrayList<>(this.otherPartyCodes);
		all.addAll(this.otherStateCodes);
		return List.copyOf(all);
	}

	/** Every abbreviation this type may carry in a style, the main one first. */
	public List<String> codes(CitationStyle style) {
		List<String> all = new ArrayList<>();
		String main = code(style);
		if (main != null) {
			all.add(main);
		}
		all.addAll(style == CitationStyle.PARTY ? this.otherPartyCodes : this.otherStateCodes);
		return all;
	}

	public String code(CitationStyle style) {
		return style == CitationStyle.PARTY ? this.partyCode : this.stateCode;
	}

	/** The message key of the Vietnamese name: {@code directive.type.RESOLUTION}. */
	public String messageKey() {
		return "directive.type." + name();
	}

	/**
	 * The types an abbreviation may stand for in a style, most likely first (QĐ →
	 * decision, then regulation). The code must be in its canonical case (see
	 * {@link #canonicalCode(CitationStyle, String)}).
	 */
	public static List<DocumentType> forCode(CitationStyle style, String code) {
		if (code == null) {
			return List.of();
		}
		return Arrays.stream(values()).filter((t) -> t.codes(style).contains(code)).toList();
	}

	/**
	 * The canonical spelling of a type abbreviation written in any case in a style ("qđi"
	 * → "QĐi", "ctr" → "CTr", "kh" → "KH"), or empty when the style has no such type.
	 */
	public static Optional<String> canonicalCode(CitationStyle style, String written) {
		if (written == null || written.isEmpty()) {
			return Optional.empty();
		}
		String upper = written.toUpperCase(Locale.ROOT);
		for (DocumentType t : values()) {
			for (String c : t.codes(style)) {
				if (c.toUpperCase(Locale.ROOT).equals(upper)) {
					return Optional.of(c);
				}
			}
		}
		return Optional.empty();
	}

	/** The type named by a Vietnamese word ("Nghị quyết", "quy định"), any case. */
	public static Optional<DocumentType> forWord(String word) {
		if (word == null) {
			return Optional.empty();
		}
		String w = word.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter((t) -> t.word.equals(w)).findFirst();
	}

	/** The Vietnamese words of all types, longest first (for matching in prose). */
	public static List<String> wordsLongestFirst() {
		return Arrays.stream(values())
			.map(DocumentType::word)
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
	}

}
