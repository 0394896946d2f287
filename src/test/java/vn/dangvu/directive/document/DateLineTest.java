package vn.dangvu.directive.document;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DateLineTest {

	@Test
	void writesPlaceDayMonthAndYearInWords() {
		assertThat(DateLine.of("Hà Tĩnh", LocalDate.of(2026, 11, 22))).isEqualTo("Hà Tĩnh, ngày 22 tháng 11 năm 2026");
	}

	@Test
	void daysBelowTenAndJanuaryAndFebruaryTakeALeadingZero() {
		assertThat(DateLine.of("Hà Nội", LocalDate.of(2026, 2, 5))).isEqualTo("Hà Nội, ngày 05 tháng 02 năm 2026");
		assertThat(DateLine.of("Hà Nội", LocalDate.of(2026, 1, 31))).isEqualTo("Hà Nội, ngày 31 tháng 01 năm 2026");
		assertThat(DateLine.of("Hà Nội", LocalDate.of(2026, 3, 9))).isEqualTo("Hà Nội, ngày 09 tháng 3 năm 2026");
		assertThat(DateLine.of("Hà Nội", LocalDate.of(2026, 12, 10))).isEqualTo("Hà Nội, ngày 10 tháng 12 năm 2026");
	}

	@Test
	void withoutAPlaceStartsWithTheDay() {
		assertThat(DateLine.of(" ", LocalDate.of(2026, 10, 1))).isEqualTo("ngày 01 tháng 10 năm 2026");
	}

}
