package vn.dangvu.platform.time;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import vn.dangvu.platform.error.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PageDatesTest {

	@Test
	void readsADayOrRefusesItOnTheField() {
		assertThat(PageDates.parseDay("paidOn", "2/12/2026", "x.date")).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(PageDates.parseDay("paidOn", "2026-12-02", "x.date")).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(PageDates.parseDay("paidOn", " ", "x.date")).isNull();
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> PageDates.parseDay("paidOn", "31/02/2026", "x.date"))
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo("paidOn");
				assertThat(ex.messageKey()).isEqualTo("x.date");
				assertThat(ex.status().value()).isEqualTo(422);
			});
	}

	@Test
	void readsAMonthOrRefusesIt() {
		assertThat(PageDates.parseMonth("month", "3/2026", "x.month")).isEqualTo(YearMonth.of(2026, 3));
		assertThat(PageDates.parseMonth("month", "", "x.month")).isNull();
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> PageDates.parseMonth("month", "13/2026", "x.month"));
	}

	@Test
	void anApiReadsIsoOnly() {
		assertThat(PageDates.parseIso("on", "2026-12-02", "x.date")).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> PageDates.parseIso("on", "02/12/2026", "x.date"));
	}

	@Test
	void formsCollectTheErrorAndFiltersIgnoreWhatTheyCannotRead() {
		Errors errors = new BeanPropertyBindingResult(new Holder(), "form");
		assertThat(PageDates.parseDay(errors, "day", "tomorrow", "x.date")).isNull();
		assertThat(errors.getFieldError("day").getCode()).isEqualTo("x.date");
		assertThat(PageDates.tryDay("tomorrow")).isEmpty();
		assertThat(PageDates.tryDay("02/12/2026")).contains(LocalDate.of(2026, 12, 2));
		assertThat(PageDates.tryMonth("12/2026")).contains(YearMonth.of(2026, 12));
		assertThat(PageDates.tryMonth(null)).isEmpty();
	}

	static class Holder {

		private String day;

		public String getDay() {
			return this.day;
		}

		public void setDay(String day) {
			this.day = day;
		}

	}

}
