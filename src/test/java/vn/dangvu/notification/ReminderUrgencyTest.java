package vn.dangvu.notification;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dangvu.notification.Reminder.Urgency;

import static org.assertj.core.api.Assertions.assertThat;

/** The badge a reminder carries follows its due date on the day it is read. */
class ReminderUrgencyTest {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	static Reminder due(LocalDate on, Urgency said) {
		return new Reminder("K", "reminder.title", List.of(), on, said, null, "/");
	}

	@Test
	void pastDueIsOverdueDueTodayIsTodayAndLaterIsSoon() {
		assertThat(due(TODAY.minusDays(1), Urgency.DUE_SOON).on(TODAY).urgency()).isEqualTo(Urgency.OVERDUE);
		assertThat(due(TODAY, Urgency.DUE_SOON).on(TODAY).urgency()).isEqualTo(Urgency.DUE_TODAY);
		assertThat(due(TODAY.plusDays(1), Urgency.DUE_SOON).on(TODAY).urgency()).isEqualTo(Urgency.DUE_SOON);
	}

	@Test
	void aSourcesOverdueAndInformationStandAndAnUndatedReminderKeepsItsUrgency() {
		assertThat(due(TODAY.plusDays(5), Urgency.OVERDUE).on(TODAY).urgency()).isEqualTo(Urgency.OVERDUE);
		assertThat(due(TODAY.minusDays(5), Urgency.INFO).on(TODAY).urgency()).isEqualTo(Urgency.INFO);
		assertThat(due(null, Urgency.DUE_SOON).on(TODAY).urgency()).isEqualTo(Urgency.DUE_SOON);
	}

	@Test
	void theGatheredListCarriesTheDerivedUrgencyMostPressingFirst() {
		ReminderSource source = (caller, today) -> List.of(due(today.plusDays(3), Urgency.DUE_SOON),
				due(today, Urgency.DUE_SOON), due(today.minusDays(2), Urgency.DUE_SOON));
		List<Reminder> all = new vn.dangvu.notification.reminder.Reminders(List.of(source), java.time.Clock.systemUTC())
			.remindersFor(vn.dangvu.TestCallers.admin(), TODAY);
		assertThat(all).extracting(Reminder::urgency)
			.containsExactly(Urgency.OVERDUE, Urgency.DUE_TODAY, Urgency.DUE_SOON);
	}

	@Test
	void everyUrgencyHasItsOwnBadgeStyle() {
		assertThat(List.of(Urgency.values()).stream().map(Urgency::badgeStyle).distinct())
			.hasSize(Urgency.values().length);
	}

}
