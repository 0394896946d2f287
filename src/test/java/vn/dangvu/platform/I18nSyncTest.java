package vn.dangvu.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a person reads comes from the message bundles: each key exists in Vietnamese
 * and English, and no template carries a hard-coded text or attribute.
 */
class I18nSyncTest {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern OPEN_TAG_TEXT = Pattern
		.compile("<([a-zA-Z][\\w:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>([^<]*)");

	private static final Pattern AFTER_CLOSE_TEXT = Pattern.compile("</[a-zA-Z][\\w:-]*>([^<]*)<");

	private static final Pattern LITERAL_ATTR = Pattern
		.compile("(?<![:\\w-])(placeholder|title|aria-label|alt|data-confirm)=\"([^\"]*\\p{L}[^\"]*)\"");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final Set<String> TEXT_ATTRS = Set.of("th:text", "th:utext", "th:replace", "th:insert",
			"sec:authentication", "th:remove", "th:errors");

	@Test
	void everyKeyExistsInBothLanguages() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path vi : files.filter((p) -> p.toString().endsWith("_vi.properties")).toList()) {
				Path en = Path.of(vi.toString().replace("_vi.properties", "_en.properties"));
				assertThat(en).as("English bundle for " + vi).exists();
				Set<String> viKeys = keys(vi);
				Set<String> enKeys = keys(en);
				Set<String> onlyVi = new TreeSet<>(viKeys);
				onlyVi.removeAll(enKeys);
				Set<String> onlyEn = new TreeSet<>(enKeys);
				onlyEn.removeAll(viKeys);
				onlyVi.forEach((k) -> problems.add(en.getFileName() + " lacks " + k));
				onlyEn.forEach((k) -> problems.add(vi.getFileName() + " lacks " + k));
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((p) -> p.toString().endsWith(".html")).toList()) {
				String html = Files.readString(file)
					.replaceAll("(?s)<!--.*?-->", "")
					.replaceAll("(?s)<script[^>]*>.*?</script>", "<script></script>")
					.replaceAll("(?s)<style[^>]*>.*?</style>", "<style></style>");
				Matcher open = OPEN_TAG_TEXT.matcher(html);
				while (open.find()) {
					String attrs = open.group(2);
					String text = open.group(3).strip();
					boolean replaced = TEXT_ATTRS.stream().anyMatch((a) -> attrs.contains(a + "="));
					if (!replaced && LETTER.matcher(text).find()) {
						problems.add(file + ": text \"" + text + "\" in <" + open.group(1) + ">");
					}
				}
				Matcher after = AFTER_CLOSE_TEXT.matcher(html);
				while (after.find()) {
					String text = after.group(1).strip();
					if (LETTER.matcher(text).find()) {
						problems.add(file + ": text \"" + text + "\" after a closing tag");
					}
				}
				Matcher attr = LITERAL_ATTR.matcher(html);
				while (attr.find()) {
					problems.add(file + ": literal " + attr.group(1) + "=\"" + attr.group(2) + "\"");
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	private static Set<String> keys(Path file) throws IOException {
		Properties p = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return new TreeSet<>(p.stringPropertyNames());
	}

}
