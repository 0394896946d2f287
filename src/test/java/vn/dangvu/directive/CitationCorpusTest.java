package vn.dangvu.directive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.dangvu.directive.citation.CitationExtractor;
import vn.dangvu.directive.citation.Citations;
import vn.dangvu.directive.citation.ExtractedCitation;
import vn.dangvu.directive.citation.Extraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The citation corpus (src/test/resources/directive/citations.tsv): every written form
 * parses to the expected citation or is rejected with the expected reason.
 */
class CitationCorpusTest {

	static List<String[]> rows(String kind) throws IOException {
		List<String[]> rows = new ArrayList<>();
		try (InputStream in = CitationCorpusTest.class.getResourceAsStream("/directive/citations.tsv")) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			for (String line : text.split("\n")) {
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				String[] cols = line.split("\t", -1);
				if (cols[0].equals(kind)) {
					cols[1] = unescape(cols[1]);
					rows.add(cols);
				}
			}
		}
		return rows;
	}

	static String unescape(String s) {
		return s.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t");
	}

	static Stream<Arguments> parseRows() throws IOException {
		return rows("P").stream().map((r) -> Arguments.of(r[1].replace("\n", "⏎"), r));
	}

	static String orNull(String s) {
		return "-".equals(s) ? null : s;
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("parseRows")
	void everyWrittenFormParsesAsExpected(String shown, String[] row) {
		CitationParse parse = Citations.parse(row[1]);
		if (row[2].startsWith("!")) {
			assertThat(parse.isValid()).as("rejected: %s", shown).isFalse();
			assertThat(parse.errorKey()).isEqualTo("directive.citation." + row[2].substring(1));
			return;
		}
		assertThat(parse.isValid()).as("valid: %s, but %s", shown, parse.errorKey()).isTrue();
		assertCitation(parse.citation(), row);
	}

	static Stream<Arguments> extractRows() throws IOException {
		return rows("E").stream().map((r) -> Arguments.of(r[1].replace("\n", "⏎"), r));
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("extractRows")
	void theCitationInsideASentenceIsFoundAsExpected(String shown, String[] row) {
		Extraction x = new CitationExtractor().extract(row[1]);
		assertThat(x.citations()).as(shown).hasSize(1);
		ExtractedCitation found = x.citations().get(0);
		assertThat(row[1].substring(found.start(), found.end())).isEqualTo(found.raw());
		assertCitation(found.citation(), row);
		assertThat(found.date() == null ? "-" : found.date().toString()).isEqualTo(row[10]);
	}

	static void assertCitation(Citation c, String[] row) {
		assertThat(c.format()).isEqualTo(row[2]);
		assertThat(c.style()).hasToString(row[3]);
		assertThat(c.number()).isEqualTo(row[4]);
		assertThat(c.typeCode()).isEqualTo(orNull(row[5]));
		assertThat(c.issuerCode()).isEqualTo(orNull(row[6]));
		assertThat(c.year()).isEqualTo(orNull(row[7]) == null ? null : Integer.valueOf(row[7]));
		assertThat(c.suffix()).isEqualTo(orNull(row[8]));
		assertThat(c.documentType() == null ? null : c.documentType().name()).isEqualTo(orNull(row[9]));
	}

	@Test
	void theCorpusHoldsAtLeast150FormsOfBothStylesAndRejections() throws IOException {
		List<String[]> parse = rows("P");
		List<String[]> extract = rows("E");
		assertThat(parse.size() + extract.size()).isGreaterThanOrEqualTo(150);
		assertThat(parse).anyMatch((r) -> r[3].equals("PARTY"))
			.anyMatch((r) -> r[3].equals("STATE"))
			.anyMatch((r) -> r[2].startsWith("!"));
	}

	@Test
	void everyRejectionReasonHasAVietnameseAndEnglishText() throws IOException {
		Properties vi = bundle("vi");
		Properties en = bundle("en");
		for (String[] r : rows("P")) {
			if (r[2].startsWith("!")) {
				String key = "directive.citation." + r[2].substring(1);
				assertThat(vi.getProperty(key)).as(key).isNotBlank();
				assertThat(en.getProperty(key)).as(key).isNotBlank();
			}
		}
	}

	@Test
	void formatOfAParsedCitationParsesBackToTheSameCitation() throws IOException {
		for (String[] r : rows("P")) {
			if (!r[2].startsWith("!")) {
				Citation c = Citations.parse(r[1]).citation();
				Citation again = Citations.parse(c.format()).citation();
				assertThat(again.format()).isEqualTo(c.format());
				assertThat(again.style()).isEqualTo(c.style());
			}
		}
	}

	static Properties bundle(String lang) throws IOException {
		Properties p = new Properties();
		try (InputStream in = CitationCorpusTest.class
			.getResourceAsStream("/messages/directive_" + lang + ".properties")) {
			p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}

}
