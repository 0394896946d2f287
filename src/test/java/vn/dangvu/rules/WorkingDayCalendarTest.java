package vn.dangvu.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDayCalendarTest {

	// Tết 2025: Monday 27/1 to Friday 31/1; 2/5/2025 off, made up on Saturday 26/4.
	private final WorkingDayCalendar calendar = new WorkingDayCalendar(2025, 2025,
			Map.of(LocalDate.of(2025, 1, 27), false, LocalDate.of(2025, 1, 28), false, LocalDate.of(2025, 1, 29), false,
					LocalDate.of(2025, 1, 30), false, LocalDate.of(2025, 1, 31), false, LocalDate.of(2025, 4, 26), true,
					LocalDate.of(2025, 4, 30), false, LocalDate.of(2025, 5, 1), false, LocalDate.of(2025, 5, 2), false),
			Set.of(2025));

	@Test
	void theDayItselfIsNotCounted() {
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2025, 3, 3), 1)).isEqualTo(LocalDate.of(2025, 3, 4));
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2025, 3, 3), 0)).isEqualTo(LocalDate.of(2025, 3, 3));
	}

	@Test
	void weekendsAreSkipped() {
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2025, 3, 7), 1)).isEqualTo(LocalDate.of(2025, 3, 10));
	}

	@Test
	void aDeadlineCrossingTetSkipsTheWholeHoliday() {
		// Friday 24/1 + 1 working day: the weekend and Tết week are skipped → Monday 3/2.
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2025, 1, 24), 1)).isEqualTo(LocalDate.of(2025, 2, 3));
		// 10 working days from Monday 20/1: 21-24 (4), then 3-7/2 (5), then 10/2.
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2025, 1, 20), 10)).isEqualTo(LocalDate.of(2025, 2, 10));
	}

	@Test
	void aMakeUpSaturdayCountsAndTheDayItReplacesDoesNot() {
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2025, 4, 25), 1)).isEqualTo(LocalDate.of(2025, 4, 26));
		// Tuesday 29/4 + 1: 30/4, 1/5, 2/5 off, then the weekend → Monday 5/5.
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2025, 4, 29), 1)).isEqualTo(LocalDate.of(2025, 5, 5));
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
