package vn.dangvu.notification;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.platform.security.Caller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ReminderPagesTest {

	@Autowired
	MockMvc mvc;

	@Test
	void remindersAreSortedMostPressingFirstAndABrokenSourceIsSkipped() {
		ReminderSource soon = (caller, today) -> List.of(new Reminder("B", "reminder.title", List.of(),
				today.plusDays(3), Reminder.Urgency.DUE_SOON, null, "/"));
		ReminderSource late = (caller, today) -> List.of(
				new Reminder("A", "reminder.title", List.of(), today.minusDays(1), Reminder.Urgency.OVERDUE, null, "/"),
				new Reminder("C", "reminder.title", List.of(), null, Reminder.Urgency.INFO, null, "/"));
		ReminderSource broken = (caller, today) -> {
			throw new IllegalStateException("boom");
		};
		vn.dangvu.notification.reminder.Reminders api = new vn.dangvu.notification.reminder.Reminders(
				List.of(soon, broken, late), java.time.Clock.systemUTC());
		List<Reminder> all = api.remindersFor(TestCallers.admin(), LocalDate.of(2026, 1, 10));
		assertThat(all).extracting(Reminder::kind).containsExactly("A", "B", "C");
	}

	@Test
	void thePageAndTheBadgeAnswerForEveryoneSignedIn() throws Exception {
		Caller member = TestCallers.member(1);
		this.mvc.perform(get("/reminders").with(TestCallers.as(member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhắc việc")));
		this.mvc.perform(get("/reminders/count").with(TestCallers.as(member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("reminderCount")));
	}

}
