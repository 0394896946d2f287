package vn.dangvu.directive.citation;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.dangvu.directive.DocumentType;

/**
 * The written shapes {@link CitationExtractor} looks for: numbered citations of the
 * Party, the State and the laws, a bare number after "công văn", the document word before
 * a number, the date and issuer after it, and the named references ("Nghị quyết Trung
 * ương 4", "Nghị quyết Đại hội XIII", "Chỉ thị của Ban Bí thư") with the lexicon of
 * issuing bodies they are built from.
 */
final class CitationPatterns {

	/** Whitespace around a separator: a few spaces or one line break. */
	private static final String SP = "\\s{0,4}";

	private static final String CODE = "[A-Za-zĐđ]{1,6}";

	private static final String ISSUER = "[A-Za-zĐđƯư][A-Za-zĐđƯư0-9]{0,19}";

	private static final String BEFORE = "(?<![\\p{L}\\p{N}/.\\-])";

	private static final String AFTER = "(?![\\p{L}\\p{N}])";

	static final Pattern PARTY = Pattern.compile(BEFORE + "\\d{1,5}" + SP + "-" + SP + CODE + SP + "/" + SP + ISSUER
			+ "(?:" + SP + "/" + SP + "(?i:nb|m)" + AFTER + ")?" + AFTER);

	static final Pattern STATE = Pattern.compile(BEFORE + "\\d{1,5}(?:" + SP + "/" + SP + "\\d{4})?" + SP + "/" + SP
			+ CODE + SP + "-" + SP + ISSUER + "(?:-" + ISSUER + ")*" + AFTER);

	static final Pattern LAW = Pattern
		.compile(BEFORE + "\\d{1,5}" + SP + "/" + SP + "\\d{4}" + SP + "/" + SP + "(?i:(?:UBTV)?QH)\\d{1,2}" + AFTER);

	/** "công văn 1590", "công văn số 1411/ĐU", "văn bản số 1590", "Số: 1411/ĐU". */
	static final Pattern BARE = Pattern
		.compile("(?<!\\p{L})(?iu:(công\\s+văn|văn\\s+bản)(\\s+số)?|(số)\\s*(?=:))" + "\\s*:?\\s*(\\d{1,5})(?:" + SP
				+ "/" + SP + "(" + ISSUER + "(?:-" + ISSUER + ")?))?" + "(?![\\p{L}\\p{N}]|\\s*[/.,\\-]\\s*\\d)");

	static final Pattern TYPE_BEFORE;

	static final Pattern DATE_AFTER = Pattern.compile("(?iu)\\s*,?\\s*(?:(?:được\\s+)?(?:ban\\s+hành|ký)\\s+)?"
			+ "(?:ngày\\s+|\\(\\s*(?:ngày\\s+)?)(?:(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})"
			+ "|(\\d{1,2})\\s+tháng\\s+(\\d{1,2}),?\\s+năm\\s+(\\d{4}))(?!\\d)(\\s*\\))?");

	private static final String UY = "(?:ủy|uỷ)";

	private static final String UY_CAP = "(?:Ủy|Uỷ)";

	static final String KHOA = "(?:khóa|khoá|Khóa|Khoá)";

	private static final List<String> SPECIFIC_HEADS = List.of("Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam",
			"Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương", "Ban Chấp hành Đảng bộ", "Ban Thường vụ",
			"Thường trực", "Ban Bí thư", "Bộ Chính trị", "Trung ương Đảng", "Trung ương", "Thủ tướng Chính phủ",
			"Thủ tướng", "Chính phủ", "Ủy ban Thường vụ Quốc hội", "Quốc hội", "Chủ tịch nước",
			"Ban Tuyên giáo và Dân vận", "Tổng Liên đoàn Lao động Việt Nam", "Tỉnh ủy", "Thành ủy", "Huyện ủy",
			"Quận ủy", "Thị ủy", "Đảng ủy", "Đảng đoàn", "Ban cán sự đảng", "Ủy ban nhân dân", "Hội đồng nhân dân",
			"UBND", "HĐND", "Bảo hiểm xã hội Việt Nam", "Bảo hiểm xã hội", "Kho bạc Nhà nước", "Ngân hàng Nhà nước",
			"Kiểm toán Nhà nước", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc", "Tòa án nhân dân",
			"Viện kiểm sát nhân dân");

	private static final String GENERIC_HEAD = "(?:Bộ|Cục|Tổng\\s+cục|Sở|Ban|Ủy\\s+ban|Văn\\s+phòng|Hội\\s+đồng|Liên\\s+đoàn"
			+ "|Công\\s+đoàn|Đoàn|Viện|Học\\s+viện|Tòa\\s+án|Đảng\\s+bộ)(?=\\s+\\p{Lu})";

	private static final String STOP = "(?:về|và|với|trong|tại|ngày|năm|tháng|đã|đang|sẽ|được|bị|là|có|cho|để|nhằm|đến"
			+ "|từ|của|theo|khi|này|đó|các|những|một|việc|thì|mà|nên|vì|do|như|đối|ban|hướng|quy|triển|thực|tổ|tiếp"
			+ "|tăng|nâng|đẩy|xây|phát|lãnh|chỉ|quyết|nghị|kế|kết|đề|yêu|giao|gửi|nêu|ký|cũng|vẫn|rất|sau|trước|trên"
			+ "|dưới|lần|số|khóa|khoá|nhiệm|gồm|cùng|qua|sự|hiện|ra|nay|đều|tới|lại)(?!\\p{L})";

	private static final String PLACE = "(?:tỉnh|thành\\s+phố|huyện|quận|xã|phường|thị\\s+xã|thị\\s+trấn)";

	private static final String TAIL = "(?:[ \\t]+(?:" + PLACE + "[ \\t]+)?\\p{Lu}\\p{L}*(?:[ \\t]+(?!" + STOP
			+ ")\\p{Ll}+(?!\\p{L}))?)";

	private static final String TERM = "(?:\\s*,?\\s*\\(?" + KHOA + "\\s+[IVXLC]{1,6}(?![\\p{L}\\p{N}])\\)?)";

	private static final String BODY;

	static final Pattern ISSUER_AFTER;

	static final Pattern NAMED_PLENUM;

	static final Pattern NAMED_CONGRESS;

	static final Pattern NAMED_BY_BODY;

	static final Pattern NUMBER_FOLLOWS = Pattern.compile("(?iu)\\s*,?\\s*(?:số\\s*:?\\s*)?\\d");

	static {
		String words = DocumentType.wordsLongestFirst()
			.stream()
			.map((w) -> w.replace(" ", "\\s+"))
			.collect(Collectors.joining("|"));
		TYPE_BEFORE = Pattern.compile("(?iu)(?<!\\p{L})(" + words
				+ ")(?:\\s+(?:liên\\s+tịch|kết\\s+luận|chuyên\\s+đề|hành\\s+động))?" + "\\s*,?\\s*(?:số\\s*:?)?\\s*$");
		String heads = SPECIFIC_HEADS.stream()
			.map((h) -> h.replace("Ủy", UY_CAP).replace("ủy", UY).replace(" ", "\\s+"))
			.collect(Collectors.joining("|"));
		String ordinal = "(?:mười\\s+)?(?:nhất|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|lăm)";
		String plenum = "Hội\\s+nghị(?:\\s+lần\\s+thứ\\s+" + ordinal + ")?(?:\\s+Ban\\s+Chấp\\s+hành)?\\s+Trung\\s+ương"
				+ "(?:\\s+Đảng)?(?:\\s+\\d{1,2}(?!\\p{N}))?" + TERM + "?";
		BODY = "(?:" + plenum + "|(?:" + heads + ")" + TAIL + "{0,6}" + TERM + "?|" + GENERIC_HEAD + TAIL + "{1,6}"
				+ TERM + "?)";
		ISSUER_AFTER = Pattern.compile("\\s*,?\\s*(?:(?:của|do)\\s+(" + BODY + ")|(" + plenum + "))");
		NAMED_PLENUM = Pattern
			.compile("(?<!\\p{L})(Nghị\\s+quyết)\\s+((?:Hội\\s+nghị\\s+)?(?:(?:lần\\s+thứ\\s+" + ordinal
					+ "\\s+)?Ban\\s+Chấp\\s+hành\\s+)?Trung\\s+ương(?:\\s+Đảng)?\\s+(?:lần\\s+thứ\\s+)?(?:\\d{1,2}|"
					+ ordinal + ")(?![\\p{L}\\p{N}])" + TERM + "?)");
		NAMED_CONGRESS = Pattern
			.compile("(?<!\\p{L})(Nghị\\s+quyết)\\s+(Đại\\s+hội\\s+(?:(?:đại\\s+biểu\\s+)?(?:toàn\\s+quốc\\s+)?"
					+ "|Đảng\\s+bộ\\s+[^,.;:()\\n]{1,60}?\\s+)(?:lần\\s+thứ\\s+)?(?:[IVXLC]{1,6}|\\d{1,2})(?![\\p{L}\\p{N}])"
					+ "(?:\\s+của\\s+Đảng)?(?:\\s*,?\\s*nhiệm\\s+kỳ\\s+\\d{4}\\s*-\\s*\\d{4})?)");
		String capitalWords = DocumentType.wordsLongestFirst()
			.stream()
			.map((w) -> Character.toUpperCase(w.charAt(0)) + w.substring(1).replace(" ", "\\s+"))
			.collect(Collectors.joining("|"));
		NAMED_BY_BODY = Pattern.compile(
				"(?<!\\p{L})(" + capitalWords + ")\\s+((?:của|do)\\s+" + BODY + "(?:\\s+về\\s+[^.;:!?\\n()]{1,200})?)");
	}

	private CitationPatterns() {
	}

}
