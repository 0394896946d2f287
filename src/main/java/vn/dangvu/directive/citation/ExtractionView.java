package vn.dangvu.directive.citation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import vn.dangvu.directive.Citation;

/**
 * What the extraction page shows: the text in highlighted pieces and one row a citation.
 */
record ExtractionView(List<Piece> pieces, List<Row> rows, List<NamedRow> named) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/**
	 * A run of the text: plain, a citation (with its row number) or a named reference.
	 */
	record Piece(String text, String kind, Integer row) {
	}

	record Row(int index, String citation, String raw, String typeKey, String style, String issuer, String issuerName,
			String date, Long registryId, String registerUrl) {
	}

	record NamedRow(String raw, String typeKey) {
	}

	static ExtractionView of(CitationFinder.Result result) {
		String text = result.text();
		List<Row> rows = new ArrayList<>();
		List<Piece> pieces = new ArrayList<>();
		List<int[]> marks = new ArrayList<>();
		int i = 0;
		for (CitationFinder.Found f : result.citations()) {
			ExtractedCitation c = f.citation();
			Citation p = c.citation();
			i++;
			String canonical = p.format();
			rows.add(new Row(i, canonical, canonical.equals(c.raw()) ? null : c.raw().replaceAll("\\s+", " "),
					p.documentType() == null ? null : p.documentType().messageKey(), p.style().name(), p.issuerCode(),
					c.issuerName(), c.date() == null ? null : c.date().format(DAY), f.registryId(),
					f.registryId() == null ? registerUrl(c) : null));
			marks.add(new int[] { c.start(), c.end(), i });
		}
		List<NamedRow> named = new ArrayList<>();
		for (NamedReference n : result.namedReferences()) {
			named.add(new NamedRow(n.raw().replaceAll("\\s+", " "), n.type().messageKey()));
			boolean overlaps = marks.stream().anyMatch((m) -> m[0] < n.end() && n.start() < m[1]);
			if (!overlaps) {
				marks.add(new int[] { n.start(), n.end(), 0 });
			}
		}
		marks.sort((a, b) -> Integer.compare(a[0], b[0]));
		int at = 0;
		for (int[] m : marks) {
			if (m[0] < at) {
				continue;
			}
			if (m[0] > at) {
				pieces.add(new Piece(text.substring(at, m[0]), "text", null));
			}
			pieces.add(new Piece(text.substring(m[0], m[1]), m[2] > 0 ? "citation" : "named", m[2] > 0 ? m[2] : null));
			at = m[1];
		}
		if (at < text.length()) {
			pieces.add(new Piece(text.substring(at), "text", null));
		}
		return new ExtractionView(pieces, rows, named);
	}

	/** The registry's new-document form, prefilled (built by the registry module). */
	static String registerUrl(ExtractedCitation c) {
		StringBuilder url = new StringBuilder("/directives/new?citation=").append(encode(c.citation().format()));
		if (c.date() != null) {
			url.append("&date=").append(c.date());
		}
		if (c.issuerName() != null) {
			url.append("&issuerName=").append(encode(c.issuerName()));
		}
		return url.toString();
	}

	private static String encode(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
