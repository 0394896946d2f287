package vn.dangvu.directive;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Document types (Quy định 399-QĐ/TW for the Party; Luật Ban hành văn bản and Nghị định
 * 30/2020/NĐ-CP for the state) with the abbreviation each style writes. Vietnamese names:
 * {@code directive.type.<NAME>} in the message bundle. Some abbreviations mean two types
 * ("QĐ" is quyết định and, in Party style, also quy định; "TT" is thông tri in Party
 * style and thông tư in state style): the word written beside the number decides.
 */
public enum DocumentType {

	RESOLUTION("NQ", "NQ", "nghị quyết"), DECISION("QĐ", "QĐ", "quyết định"), REGULATION("QĐ", "QĐ", "quy định", "QĐi"),
	DIRECTIVE("CT", "CT", "chỉ thị"), CONCLUSION("KL", "KL", "kết luận"), STATUTE("QC", "QC", "quy chế"),
	PARTY_CIRCULAR("TT", null, "thông tri"), GUIDANCE("HD", "HD", "hướng dẫn"), NOTICE("TB", "TB", "thông báo"),
	COMMUNIQUE("TC", null, "thông cáo"), DECLARATION("TBo", null, "tuyên bố"), APPEAL("LKG", null, "lời kêu gọi"),
	REPORT("BC", "BC", "báo cáo"), PLAN("KH", "KH", "kế hoạch"), MASTER_PLAN("QH", "QH", "quy hoạch"),
	PROGRAMME("CTr", "CTr", "chương trình"), SCHEME("ĐA", "ĐA", "đề án"), OPTION("PA", "PA", "phương án"),
	PROJECT("DA", "DA", "dự án"), SUBMISSION("TTr", "TTr", "tờ trình"), OFFICIAL_LETTER("CV", null, "công văn"),
	MINUTES("BB", "BB", "biên bản"), DECREE(null, "NĐ", "nghị định"), CIRCULAR(null, "TT", "thông tư"),
	LAW(null, null, "luật"), OFFICIAL_DISPATCH(null, "CĐ", "công điện");

	private final String partyCode;

	private final String stateCode;

	private final String word;

	private final List<String> otherCodes;

	DocumentType(String partyCode, String stateCode, String word, String... otherCodes) {
		this.partyCode = partyCode;
		this.stateCode = stateCode;
		this.word = word;
		this.otherCodes = List.of(otherCodes);
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

	/** Older or variant abbreviations ("QĐi"). */
	public List<String> otherCodes() {
		return this.otherCodes;
	}

	public String code(CitationStyle style) {
		return style == CitationStyle.PARTY ? this.partyCode : this.stateCode;
	}

	/**
	 * The types an abbreviation may stand for in a style, most likely first (QĐ →
	 * decision, then regulation).
	 */
	public static List<DocumentType> forCode(CitationStyle style, String code) {
		return Arrays.stream(values())
			.filter((t) -> code.equals(t.code(style)) || t.otherCodes.contains(code))
			.toList();
	}

	/** The type named by a Vietnamese word ("Nghị quyết", "quy định"), any case. */
	public static Optional<DocumentType> forWord(String word) {
		String w = word.trim().toLowerCase(java.util.Locale.ROOT);
		return Arrays.stream(values()).filter((t) -> t.word.equals(w)).findFirst();
	}

}
