package vn.dangvu.directive;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActionStatusTest {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	@Test
	void doneOnOrBeforeTheDueDateIsDoneAndAfterItIsDoneLate() {
		assertThat(ActionStatus.of(TODAY, TODAY, TODAY, 5)).isEqualTo(ActionStatus.DONE);
		assertThat(ActionStatus.of(TODAY.minusDays(1), TODAY, TODAY, 5)).isEqualTo(ActionStatus.DONE_LATE);
		assertThat(ActionStatus.DONE_LATE.isDone()).isTrue();
	}

	@Test
	void openActionsAreOverdueAfterTheDueDayAndDueSoonWithinTheWindow() {
		assertThat(ActionStatus.of(TODAY.minusDays(1), null, TODAY, 5)).isEqualTo(ActionStatus.OVERDUE);
		assertThat(ActionStatus.of(TODAY, null, TODAY, 5)).isEqualTo(ActionStatus.DUE_SOON);
		assertThat(ActionStatus.of(TODAY.plusDays(5), null, TODAY, 5)).isEqualTo(ActionStatus.DUE_SOON);
		assertThat(ActionStatus.of(TODAY.plusDays(6), null, TODAY, 5)).isEqualTo(ActionStatus.PENDING);
		assertThat(ActionStatus.of(TODAY.plusDays(1), null, TODAY, 0)).isEqualTo(ActionStatus.PENDING);
	}

}
