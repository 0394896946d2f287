package vn.dangvu.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Expressions in templates that render wrongly only with some data: a map indexed with a
 * bare variable name ({@code labels[code]} looks up the key "code" in SpEL, so every
 * label came out blank), and a date or number used as a condition ({@code ${t.deadline
 * and ...}} is a server error once the value is set).
 */
class TemplateExpressionsTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** {@code name[other]}: SpEL reads a bare name in a map index as a literal key. */
	private static final Pattern BARE_MAP_INDEX = Pattern.compile("\\$\\{[^}]*?\\w\\[([a-z][A-Za-z0-9]*)\\][^}]*}");

	/** A condition joining with and/or a value whose name says date, deadline or "On". */
	private static final Pattern DATE_AS_CONDITION = Pattern
		.compile("th:(?:if|unless)=\"\\$\\{[^}]*?\\b[\\w.]*(?:[Dd]ate|[Dd]eadline|On|Until|From)\\s+(?:and|or)\\b");

	@Test
	void noTemplateIndexesAMapWithABareNameOrUsesADateAsACondition() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".html")).toList()) {
				List<String> lines = Files.readAllLines(file);
				for (int i = 0; i < lines.size(); i++) {
					Matcher index = BARE_MAP_INDEX.matcher(lines.get(i));
					while (index.find()) {
						problems.add(file + ":" + (i + 1) + " indexes with the bare name [" + index.group(1)
								+ "]; use .get(" + index.group(1) + ")");
					}
					if (DATE_AS_CONDITION.matcher(lines.get(i)).find()) {
						problems.add(file + ":" + (i + 1) + " uses a date as a condition; compare it with null");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

}
