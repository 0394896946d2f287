package vn.dangvu.directive.citation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	/** Extracts numbered citations and named references from a text. */
	public Extraction extract(String input) {
		if (input == null || input.isEmpty()) {
			return new Extraction(List.of(), List.of());
		}
		NormalisedText nt = NormalisedText.of(input);
		String text = nt.text();
		List<Candidate> candidates = new ArrayList<>();
		collect(CitationPatterns.PARTY, text, candidates);
		collect(CitationPatterns.STATE, text, candidates);
		collect(CitationPatterns.LAW, text, candidates);
		List<Candidate> chosen = withoutOverlaps(candidates);
		Matcher bare = CitationPatterns.BARE.matcher(text);
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
		Matcher issuer = CitationPatterns.ISSUER_AFTER.matcher(text).region(at, text.length());
		Matcher dateMatcher = CitationPatterns.DATE_AFTER.matcher(text).region(at, text.length());
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
		Matcher m = CitationPatterns.TYPE_BEFORE.matcher(text).region(from, start);
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
		n = n.replaceAll("\\s*,?\\s*\\((" + CitationPatterns.KHOA + "\\s+[IVXLC]+)\\)$", " $1");
		return n.length() > 200 ? n.substring(0, 200) : n;
	}

	private static List<NamedReference> namedReferences(NormalisedText nt, String input, List<Candidate> numbered) {
		String text = nt.text();
		List<int[]> spans = new ArrayList<>();
		List<NamedReference> found = new ArrayList<>();
		for (Pattern p : List.of(CitationPatterns.NAMED_PLENUM, CitationPatterns.NAMED_CONGRESS,
				CitationPatterns.NAMED_BY_BODY)) {
			Matcher m = p.matcher(text);
			while (m.find()) {
				int s = m.start();
				int e = trimEnd(text, s, m.end());
				if (p == CitationPatterns.NAMED_BY_BODY
						&& CitationPatterns.NUMBER_FOLLOWS.matcher(text).region(m.end(2), text.length()).lookingAt()) {
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
