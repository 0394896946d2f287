package vn.dangvu.notification;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.platform.security.Caller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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

	/**
	 * Every page asks for the badge, so the browser keeps it a minute (decision 0278);
	 * the address it keeps it under changes with the browser's last form and the
	 * language, so one's own change, another person signing in at the same browser or
	 * another language ask again at once.
	 */
	@Test
	void theBadgeIsKeptAMinuteUnderAnAddressThatChangesWithTheBrowsersLastForm() throws Exception {
		Caller office = TestCallers.admin();
		this.mvc.perform(get("/reminders/count").with(TestCallers.as(office)))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "max-age=60, private"));
		// the pages answer as always: not kept
		this.mvc.perform(get("/reminders").with(TestCallers.as(office)))
			.andExpect(header().string("Cache-Control", containsString("no-store")));

		this.mvc.perform(get("/").with(TestCallers.as(office)))
			.andExpect(content().string(containsString("/reminders/count?w=0&amp;l=vi")));
		this.mvc.perform(get("/").with(TestCallers.as(office)).cookie(new Cookie("dangvu-wrote", "1764800000000")))
			.andExpect(content().string(containsString("/reminders/count?w=1764800000000&amp;l=vi")));
		this.mvc.perform(get("/").with(TestCallers.as(office)).cookie(new Cookie("dangvu-wrote", "<x>")))
			.andExpect(content().string(containsString("/reminders/count?w=0&amp;l=vi")));

		// a form sent marks the browser, whatever its outcome; the API does not
		Cookie mark = this.mvc
			.perform(post("/tokens").param("name", "dau-moc").with(TestCallers.as(office)).with(csrf()))
			.andReturn()
			.getResponse()
			.getCookie("dangvu-wrote");
		assertThat(mark).isNotNull();
		assertThat(mark.getValue()).matches("\\d+");
		assertThat(mark.isHttpOnly()).isTrue();
		assertThat(mark.getPath()).isEqualTo("/");
		assertThat(this.mvc.perform(post("/login").param("username", "nobody").param("password", "x").with(csrf()))
			.andReturn()
			.getResponse()
			.getCookie("dangvu-wrote")).as("signing in marks the browser").isNotNull();
		assertThat(this.mvc.perform(post("/api/v1/people").with(TestCallers.as(office)))
			.andReturn()
			.getResponse()
			.getCookie("dangvu-wrote")).isNull();
	}

}
