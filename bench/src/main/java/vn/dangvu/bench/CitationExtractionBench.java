package vn.dangvu.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import vn.dangvu.directive.citation.CitationExtractor;
import vn.dangvu.directive.citation.Extraction;

/**
 * Throughput of citation extraction (the application's own CitationExtractor, compiled
 * from ../src) on Vietnamese news-style text: the 19 annotated test paragraphs repeated up
 * to the given length. Characters per second = operations per second x chars.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = { "-Xmx1g" })
public class CitationExtractionBench {

	/** Text length in characters: a short news item, a long report, the API's limit. */
	@Param({ "5000", "50000", "200000" })
	public int chars;

	private final CitationExtractor extractor = new CitationExtractor();

	private String text;

	@Setup
	public void buildText() throws IOException {
		String all = Files.readString(Path.of(System.getProperty("paragraphs",
				"../src/test/resources/directive/extraction-paragraphs.txt")), StandardCharsets.UTF_8);
		List<String> paragraphs = new ArrayList<>();
		for (String block : all.split("(?m)^### ")) {
			int nl = block.indexOf('\n');
			int end = block.indexOf("\n@@ citations");
			if (nl > 0 && end > nl) {
				paragraphs.add(block.substring(nl + 1, end));
			}
		}
		StringBuilder sb = new StringBuilder(this.chars + 2000);
		for (int i = 0; sb.length() < this.chars; i++) {
			sb.append(paragraphs.get(i % paragraphs.size())).append("\n\n");
		}
		this.text = sb.substring(0, this.chars);
	}

	@Benchmark
	public Extraction extract() {
		return this.extractor.extract(this.text);
	}

}
