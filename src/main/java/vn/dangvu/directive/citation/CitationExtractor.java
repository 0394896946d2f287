package vn.dangvu.directive.citation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.dangvu.directive.Citation;
import vn.dangvu.directive.CitationParse;
import vn.dangvu.directive.DocumentType;

/**
 * Finds every numbered document citation and every named reference in Vietnamese prose
 * (decision 0131). Pure and thread-safe: one instance serves all callers.
 * <p>
 * A numbered citation must have the written shape of one ({@code 448-KH/ĐU},
 * {@code 07/QĐ-CĐ}, {@code 30/2020/NĐ-CP}, {@code 10/2022/QH15}) and parse
 * ({@link Citations#parse(String)}) with a type code its style knows; a number without a
 * code only counts after "công văn" or "văn bản số" (or a header "Số: 1411/ĐU"). So
 * counts, money, years, ranges, dates, times and fractions are never reported.
 */
public final class CitationExtractor {

	/** Whitespace around a separator: a few spaces or one line break. */
	private static final String SP = "\\s{0,4}";

	private static final String CODE = "[A-Za-zĐđ]{1,6}";

	private static final String ISSUER = "[A-Za-zĐđƯư][A-Za-zĐđƯư0-9]{0,19}";

	private static final String BEFORE = "(?<![\\p{L}\\p{N}/.\\-])";

	private static final String AFTER = "(?![\\p{L}\\p{N}])";

	private static final Pattern PARTY = Pattern.compile(BEFORE + "\\d{1,5}" + SP + "-" + SP + CODE + SP + "/" + SP
			+ ISSUER + "(?:" + SP + "/" + SP + "(?i:nb|m)" + AFTER + ")?" + AFTER);

	private static final Pattern STATE = Pattern.compile(BEFORE + "\\d{1,5}(?:" + SP + "/" + SP + "\\d{4})?" + SP + "/"
			+ SP + CODE + SP + "-" + SP + ISSUER + "(?:-" + ISSUER + ")*" + AFTER);

	private static final Pattern LAW = Pattern
		.compile(BEFORE + "\\d{1,5}" + SP + "/" + SP + "\\d{4}" + SP + "/" + SP + "(?i:(?:UBTV)?QH)\\d{1,2}" + AFTER);

	/** "công văn 1590", "công văn số 1411/ĐU", "văn bản số 1590", "Số: 1411/ĐU". */
	private static final Pattern BARE = Pattern
		.compile("(?<!\\p{L})(?iu:(công\\s+văn|văn\\s+bản)(\\s+số)?|(số)\\s*(?=:))" + "\\s*:?\\s*(\\d{1,5})(?:" + SP
				+ "/" + SP + "(" + ISSUER + "(?:-" + ISSUER + ")?))?" + "(?![\\p{L}\\p{N}]|\\s*[/.,\\-]\\s*\\d)");

	private static final Pattern TYPE_BEFORE;

	private static final Pattern DATE_AFTER = Pattern.compile("(?iu)\\s*,?\\s*(?:(?:được\\s+)?(?:ban\\s+hành|ký)\\s+)?"
			+ "(?:ngày\\s+|\\(\\s*(?:ngày\\s+)?)(?:(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})"
			+ "|(\\d{1,2})\\s+tháng\\s+(\\d{1,2}),?\\s+năm\\s+(\\d{4}))(?!\\d)(\\s*\\))?");

	private static final String UY = "(?:ủy|uỷ)";

	private static final String UY_CAP = "(?:Ủy|Uỷ)";

	private static final String KHOA = "(?:khóa|khoá|Khóa|Khoá)";

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

	private static final Pattern ISSUER_AFTER;

	private static final Pattern NAMED_PLENUM;

	private static final Pattern NAMED_CONGRESS;

	private static final Pattern NAMED_BY_BODY;

	private static final Pattern NUMBER_FOLLOWS = Pattern.compile("(?iu)\\s*,?\\s*(?:số\\s*:?\\s*)?\\d");

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

	/** Extracts numbered citations and named references from a text. */
	public Extraction extract(String input) {
		if (input == null || input.isEmpty()) {
			return new Extraction(List.of(), List.of());
		}
		NormalisedText nt = NormalisedText.of(input);
		String text = nt.text();
		List<Candidate> candidates = new ArrayList<>();
		collect(PARTY, text, candidates);
		collect(STATE, text, candidates);
		collect(LAW, text, candidates);
		List<Candidate> chosen = withoutOverlaps(candidates);
		Matcher bare = BARE.matcher(text);
		while (bare.find()) {
			boolean vanBanWithoutSo = bare.group(1) != null && bare.group(1).toLowerCase().startsWith("văn")
					&& bare.group(2) == null;
			boolean headerWithoutIssuer = bare.group(3) != null && bare.group(5) == null;
			if (vanBanWithoutSo || headerWithoutIssuer) {
				continue;
			}
			int end = bare.group(5) != null ? bare.end(5) : bare.end(4);
			String written = text.substring(bare.start(4), end);
			CitationParse parse = Citations.parse(written);
			if (parse.isValid() && parse.citation().typeCode() == null) {
				Candidate c = new Candidate(bare.start(4), end, parse.citation());
				if (chosen.stream().noneMatch((o) -> o.overlaps(c))) {
					chosen.add(c);
				}
			}
		}
		chosen.sort(Comparator.comparingInt(Candidate::start));
		List<ExtractedCitation> citations = new ArrayList<>(chosen.size());
		for (Candidate c : chosen) {
			citations.add(complete(c, nt, input));
		}
		return new Extraction(List.copyOf(citations), namedReferences(nt, input, chosen));
	}

	private static void collect(Pattern pattern, String text, List<Candidate> into) {
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			CitationParse parse = Citations.parse(m.group());
			if (parse.isValid()) {
				into.add(new Candidate(m.start(), m.end(), parse.citation()));
			}
		}
	}

	private static List<Candidate> withoutOverlaps(List<Candidate> candidates) {
		candidates.sort(Comparator.comparingInt(Candidate::start)
			.thenComparing(Comparator.comparingInt((Candidate c) -> c.end() - c.start()).reversed()));
		List<Candidate> kept = new ArrayList<>();
		for (Candidate c : candidates) {
			if (kept.isEmpty() || !kept.get(kept.size() - 1).overlaps(c)) {
				kept.add(c);
			}
		}
		return kept;
	}

	private ExtractedCitation complete(Candidate c, NormalisedText nt, String input) {
		String text = nt.text();
		Citation citation = c.citation();
		Optional<DocumentType> word = typeBefore(text, c.start());
		if (word.isPresent()) {
			citation = Citations.withWord(citation, word.get());
		}
		int at = c.end();
		String issuerName = null;
		LocalDate date = null;
		Matcher issuer = ISSUER_AFTER.matcher(text).region(at, text.length());
		Matcher dateMatcher = DATE_AFTER.matcher(text).region(at, text.length());
		if (dateMatcher.lookingAt()) {
			date = date(dateMatcher);
			if (date != null) {
				at = dateMatcher.end();
				issuer.region(at, text.length());
				if (issuer.lookingAt()) {
					issuerName = clean(issuer.group(1) != null ? issuer.group(1) : issuer.group(2));
				}
			}
		}
		else if (issuer.lookingAt()) {
			issuerName = clean(issuer.group(1) != null ? issuer.group(1) : issuer.group(2));
			dateMatcher.region(issuer.end(), text.length());
			if (dateMatcher.lookingAt()) {
				date = date(dateMatcher);
			}
		}
		int start = nt.start(c.start());
		int end = nt.end(c.end());
		return new ExtractedCitation(input.substring(start, end), citation, date, issuerName, start, end);
	}

	private static Optional<DocumentType> typeBefore(String text, int start) {
		int from = Math.max(0, start - 48);
		Matcher m = TYPE_BEFORE.matcher(text).region(from, start);
		m.useTransparentBounds(true);
		if (m.find()) {
			return DocumentType.forWord(m.group(1));
		}
		return Optional.empty();
	}

	private static LocalDate date(Matcher m) {
		int d = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4));
		int mo = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(5));
		int y = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(6));
		if (y < 1930 || y > 2100) {
			return null;
		}
		try {
			return LocalDate.of(y, mo, d);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static String clean(String name) {
		String n = name.replaceAll("\\s+", " ").strip();
		if (n.endsWith(")") && !n.contains("(")) {
			n = n.substring(0, n.length() - 1).strip();
		}
		n = n.replaceAll("\\s*,?\\s*\\((" + KHOA + "\\s+[IVXLC]+)\\)$", " $1");
		return n.length() > 200 ? n.substring(0, 200) : n;
	}

	private static List<NamedReference> namedReferences(NormalisedText nt, String input, List<Candidate> numbered) {
		String text = nt.text();
		List<int[]> spans = new ArrayList<>();
		List<NamedReference> found = new ArrayList<>();
		for (Pattern p : List.of(NAMED_PLENUM, NAMED_CONGRESS, NAMED_BY_BODY)) {
			Matcher m = p.matcher(text);
			while (m.find()) {
				int s = m.start();
				int e = trimEnd(text, s, m.end());
				if (p == NAMED_BY_BODY && NUMBER_FOLLOWS.matcher(text).region(m.end(2), text.length()).lookingAt()) {
					continue;
				}
				boolean overlaps = numbered.stream().anyMatch((c) -> c.start() < e && s < c.end())
						|| spans.stream().anyMatch((sp) -> sp[0] <= s && s < sp[1]);
				if (overlaps) {
					continue;
				}
				DocumentType type = DocumentType.forWord(m.group(1)).orElse(DocumentType.RESOLUTION);
				int start = nt.start(s);
				int end = nt.end(e);
				String description = text.substring(m.start(2), Math.max(m.start(2), e))
					.replaceAll("\\s+", " ")
					.strip();
				spans.add(new int[] { s, e });
				found.add(new NamedReference(input.substring(start, end), type, description, start, end));
			}
		}
		found.sort(Comparator.comparingInt(NamedReference::start));
		return List.copyOf(found);
	}

	private static int trimEnd(String text, int start, int end) {
		int e = end;
		while (e > start && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
			e--;
		}
		return e;
	}

	private record Candidate(int start, int end, Citation citation) {

		boolean overlaps(Candidate other) {
			return this.start < other.end && other.start < this.end;
		}

	}

}
