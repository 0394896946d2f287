package vn.dangvu.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDayCalendarTest {

	// Tết 2025: Monday 27/1 to Friday 31/1; 2/5/2025 off, made up on Saturday 26/4.
	private final WorkingDayCalendar calendar = new WorkingDayCalendar(2025, 2025,
			Map.of(LocalDate.of(2025, 1, 27), false, LocalDate.of(2025, 1, 28), false, LocalDate.of(2025, 1, 29), false,
					LocalDate.of(2025, 1, 30), false, LocalDate.of(2025, 1, 31), false, LocalDate.of(2025, 4, 26), true,
					LocalDate.of(2025, 4, 30), false, LocalDate.of(2025, 5, 1), false, LocalDate.of(2025, 5, 2), false),
			Set.of(2025));

	@ParameterizedTest(name = "{0} + {1} working days = {2}")
	@CsvSource(textBlock = """
			# the day itself is not counted
			2025-03-03, 1, 2025-03-04
			2025-03-03, 0, 2025-03-03
			# weekends are skipped
			2025-03-07, 1, 2025-03-10
			# crossing Tết skips the whole holiday: Friday 24/1 + 1 is Monday 3/2;
			# 10 from Monday 20/1 are 21-24/1 (4), 3-7/2 (5), then 10/2
			2025-01-24, 1, 2025-02-03
			2025-01-20, 10, 2025-02-10
			# a make-up Saturday counts and the day it replaces does not: Tuesday 29/4 + 1
			# skips 30/4, 1/5, 2/5 and the weekend to Monday 5/5
			2025-04-25, 1, 2025-04-26
			2025-04-29, 1, 2025-05-05
			""")
	void addingWorkingDaysSkipsWeekendsAndHolidaysButNotMakeUpDays(LocalDate from, int days, LocalDate expected) {
		assertThat(this.calendar.addWorkingDays(from, days)).isEqualTo(expected);
	}

	@Test
	void aMakeUpSaturdayIsAWorkingDay() {
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
	}

	@Test
	void workingDaysBetweenCountsAfterTheFirstUpToTheLast() {
		assertThat(this.calendar.workingDaysBetween(LocalDate.of(2025, 1, 20), LocalDate.of(2025, 2, 10)))
			.isEqualTo(10);
		assertThat(this.calendar.workingDaysBetween(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 2, 10))).isZero();
	}

	@Test
	void aResultOutsideTheLoadedYearsIsRefused() {
		assertThatThrownBy(() -> this.calendar.addWorkingDays(LocalDate.of(2025, 12, 30), 5))
			.isInstanceOf(IllegalStateException.class);
	}

}
