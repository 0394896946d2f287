package vn.dangvu.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.dangvu.platform.time.PageDates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * One date input everywhere: no template uses the browser's own date or month input (it
 * follows the browser's language and swaps day and month in English), and every field
 * that takes a date carries the {@code data-date-input} mark that gives it the dd/MM/yyyy
 * picker.
 */
class DateInputConventionTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern INPUT = Pattern.compile("<input\\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>");

	private static final Pattern NATIVE_DATE = Pattern
		.compile("\\btype=\"(date|month|datetime-local|week)\"|th:type=\"'?(date|month)");

	// A text field meant for a date: its placeholder says so, or a date-like value is
	// printed raw.
	private static final Pattern DATE_HINT = Pattern.compile("datePlaceholder|date\\.placeholder|month\\.placeholder");

	@Test
	void noTemplateUsesTheBrowsersDateInput() throws IOException {
		List<String> problems = new ArrayList<>();
		forEachInput((file, input) -> {
			if (NATIVE_DATE.matcher(input).find()) {
				problems.add(file + ": " + input);
			}
		});
		assertThat(problems).as("native date/month inputs (use data-date-input)").isEmpty();
	}

	@Test
	void everyDateFieldCarriesThePickerMark() throws IOException {
		List<String> problems = new ArrayList<>();
		List<String> marked = new ArrayList<>();
		forEachInput((file, input) -> {
			boolean mark = input.contains("data-date-input=\"day\"") || input.contains("data-date-input=\"month\"");
			if (mark) {
				marked.add(file.toString());
			}
			if (DATE_HINT.matcher(input).find() && !mark) {
				problems.add(file + ": " + input);
			}
			if (mark && !input.contains("type=\"text\"")) {
				problems.add(file + " (not a text field): " + input);
			}
		});
		assertThat(problems).isEmpty();
		// most date fields are written once, in the shared fragments (issue 10): fewer
		// literal inputs
		assertThat(marked).as("date fields found").hasSizeGreaterThan(20);
		assertThat(marked).as("the shared date fields carry the mark")
			.contains(Path.of("fragments/form.html").toString(), Path.of("fragments/filters.html").toString(),
					Path.of("membership/fields.html").toString());
	}

	@Test
	void noFieldCarriesAnAttributeTwice() throws IOException {
		Pattern attribute = Pattern.compile("\\s([\\w:-]+)=");
		List<String> problems = new ArrayList<>();
		forEachInput((file, input) -> {
			List<String> seen = new ArrayList<>();
			Matcher m = attribute.matcher(input.replaceAll("\"[^\"]*\"", "\"\""));
			while (m.find()) {
				if (seen.contains(m.group(1))) {
					problems.add(file + " repeats " + m.group(1) + ": " + input);
				}
				seen.add(m.group(1));
			}
		});
		assertThat(problems).as("a repeated attribute makes the template fail to parse").isEmpty();
	}

	@Test
	void pagesReadTheDayAsPeopleWriteItAndLinksInIso() {
		assertThat(PageDates.parse("02/12/2026")).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(PageDates.parse(" 2/12/2026 ")).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(PageDates.parse("2026-12-02")).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(PageDates.parse("  ")).isNull();
		assertThat(PageDates.format(LocalDate.of(2026, 12, 2))).isEqualTo("02/12/2026");
		assertThatExceptionOfType(DateTimeParseException.class).isThrownBy(() -> PageDates.parse("31/02/2026"));
		assertThatExceptionOfType(DateTimeParseException.class).isThrownBy(() -> PageDates.parse("12/31/2026"));
		assertThat(PageDates.parseMonth("12/2026")).isEqualTo(YearMonth.of(2026, 12));
		assertThat(PageDates.parseMonth("2026-12")).isEqualTo(YearMonth.of(2026, 12));
		assertThat(PageDates.format(YearMonth.of(2026, 3))).isEqualTo("03/2026");
		assertThatExceptionOfType(DateTimeParseException.class).isThrownBy(() -> PageDates.parseMonth("13/2026"));
	}

	private interface InputVisitor {

		void visit(Path file, String input);

	}

	private static void forEachInput(InputVisitor visitor) throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((p) -> p.toString().endsWith(".html")).toList()) {
				Matcher m = INPUT.matcher(Files.readString(file));
				while (m.find()) {
					visitor.visit(TEMPLATES.relativize(file), m.group());
				}
			}
		}
	}

}
