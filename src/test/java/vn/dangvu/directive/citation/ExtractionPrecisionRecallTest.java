package vn.dangvu.directive.citation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall of extraction on paragraphs written in the style of Party news
 * reports (src/test/resources/directive/extraction-paragraphs.txt), with distractor
 * numbers. A citation found counts as right only when its canonical form, its date and
 * the issuing body named beside it all match the annotation.
 */
class ExtractionPrecisionRecallTest {

	private final CitationExtractor extractor = new CitationExtractor();

	record Paragraph(int number, String text, List<String> citations, List<String> named) {
	}

	static List<Paragraph> paragraphs() throws IOException {
		String all;
		try (InputStream in = ExtractionPrecisionRecallTest.class
			.getResourceAsStream("/directive/extraction-paragraphs.txt")) {
			all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		List<Paragraph> result = new ArrayList<>();
		String[] blocks = all.split("(?m)^### ");
		for (int i = 1; i < blocks.length; i++) {
			String block = blocks[i];
			int nl = block.indexOf('\n');
			int number = Integer.parseInt(block.substring(0, nl).strip());
			int cits = block.indexOf("\n@@ citations\n");
			int named = block.indexOf("@@ named\n", cits);
			String text = block.substring(nl + 1, cits);
			List<String> expected = lines(block.substring(cits + "\n@@ citations\n".length(), named));
			List<String> expectedNamed = lines(block.substring(named + "@@ named\n".length()));
			result.add(new Paragraph(number, text, expected, expectedNamed));
		}
		return result;
	}

	static List<String> lines(String s) {
		return s.lines().map(String::strip).filter((l) -> !l.isEmpty() && !l.startsWith("#")).toList();
	}

	static String key(ExtractedCitation c) {
		return c.citation().format() + " | " + (c.date() == null ? "-" : c.date().toString()) + " | "
				+ (c.issuerName() == null ? "-" : c.issuerName());
	}

	@Test
	void precisionAndRecallAreAtLeast95PercentEach() throws IOException {
		List<Paragraph> paragraphs = paragraphs();
		assertThat(paragraphs).hasSizeGreaterThanOrEqualTo(15);
		int truePositives = 0;
		int found = 0;
		int expected = 0;
		int namedRight = 0;
		int namedFound = 0;
		int namedExpected = 0;
		int characters = 0;
		for (Paragraph p : paragraphs) {
			characters += p.text().length();
			Extraction x = this.extractor.extract(p.text());
			List<String> remaining = new ArrayList<>(p.citations());
			for (ExtractedCitation c : x.citations()) {
				found++;
				assertThat(p.text().substring(c.start(), c.end())).isEqualTo(c.raw());
				if (remaining.remove(key(c))) {
					truePositives++;
				}
				else {
					System.out.printf("paragraph %d: wrong or extra %s%n", p.number(), key(c));
				}
			}
			remaining.forEach((r) -> System.out.printf("paragraph %d: missed %s%n", p.number(), r));
			expected += p.citations().size();
			List<String> namedLeft = new ArrayList<>(p.named());
			for (NamedReference n : x.namedReferences()) {
				namedFound++;
				String match = namedLeft.stream()
					.filter((e) -> n.raw().replaceAll("\\s+", " ").startsWith(e))
					.findFirst()
					.orElse(null);
				if (match != null) {
					namedLeft.remove(match);
					namedRight++;
				}
				else {
					System.out.printf("paragraph %d: extra named reference %s%n", p.number(), n.raw());
				}
			}
			namedLeft.forEach((r) -> System.out.printf("paragraph %d: missed named reference %s%n", p.number(), r));
			namedExpected += p.named().size();
		}
		double precision = found == 0 ? 0 : (double) truePositives / found;
		double recall = (double) truePositives / expected;
		System.out.printf(
				"Citation extraction on %d paragraphs (%d characters): %d expected, %d found, %d right: precision %.3f, recall %.3f%n",
				paragraphs.size(), characters, expected, found, truePositives, precision, recall);
		System.out.printf("Named references: %d expected, %d found, %d right: precision %.3f, recall %.3f%n",
				namedExpected, namedFound, namedRight, (double) namedRight / Math.max(1, namedFound),
				(double) namedRight / Math.max(1, namedExpected));
		assertThat(expected).isGreaterThanOrEqualTo(40);
		assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.95);
		assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.95);
		assertThat((double) namedRight / Math.max(1, namedFound)).as("named precision").isGreaterThanOrEqualTo(0.95);
		assertThat((double) namedRight / Math.max(1, namedExpected)).as("named recall").isGreaterThanOrEqualTo(0.95);
	}

}
