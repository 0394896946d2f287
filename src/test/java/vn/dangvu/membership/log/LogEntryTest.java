package vn.dangvu.membership.log;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dates of a log entry's details read as {@code LocalDate.parse} reads them. */
class LogEntryTest {

	@ParameterizedTest
	@ValueSource(strings = { "2010-05-19", "2024-02-29", "2000-01-01", "1999-12-31", "2026-11-28", "2026-02-28",
			"0001-01-01", "+12345-01-01" })
	void aDateIsReadAsParseReadsIt(String text) {
		assertThat(LogEntry.isoDate(text)).isEqualTo(LocalDate.parse(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2023-02-29", "2024-13-01", "2024-00-10", "2024-01-32", "2024-1-01", "2024/01/01",
			"20x4-01-01", "2024-01-0a" })
	void aTextThatIsNoDateIsRefusedAsParseRefusesIt(String text) {
		assertThatThrownBy(() -> LogEntry.isoDate(text)).isInstanceOf(DateTimeParseException.class);
	}

}
