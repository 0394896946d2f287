package vn.dangvu.notification;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.directive.DirectiveFixtures;
import vn.dangvu.people.PeopleFixtures;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;
import vn.dangvu.platform.time.VietnamTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.dangvu.testkit.PageText.okBody;

/**
 * Overdue directive actions reach the reminders of the committee office that chases them,
 * as many as its tracking board counts; each reminder's badge says overdue, today or
 * soon.
 */
@IntegrationTest
class DirectiveRemindersTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NotificationApi notifications;

	@Test
	void theCommitteeOfficeIsRemindedOfEveryOverdueDirectiveActionInItsSubtree() throws Exception {
		DirectiveFixtures fixtures = new DirectiveFixtures(this.mvc, this.jdbc);
		DirectiveFixtures.Branches units = fixtures.branches("nhắc quá hạn", 2);
		Caller office = units.rootOffice();
		LocalDate today = java.time.LocalDate.now(vn.dangvu.platform.time.VietnamTime.ZONE);
		DirectiveFixtures.Registered directive = fixtures.directive(office, "Chỉ thị được nhắc");
		fixtures.assign(office, directive.id(), today.minusDays(40), 15, units.cells());
		long overdueOnTheBoard = this.jdbc.sql("""
				select count(*) from directive_action x join directive_assignment a on a.id = x.assignment_id
				join org_unit u on u.id = a.unit_id
				where x.done_on is null and x.due_on < :today
				  and u.path like (select path from org_unit where id = any(:scope) limit 1) || '%'""")
			.param("today", today)
			.param("scope", office.scopeUnitIds().toArray(Long[]::new))
			.query(Long.class)
			.single();
		assertThat(overdueOnTheBoard).as("the office's own directive has overdue actions").isPositive();

		List<Reminder> overdue = this.notifications.remindersFor(office, today)
			.stream()
			.filter((r) -> r.kind().startsWith("DIRECTIVE_") && r.urgency() == Reminder.Urgency.OVERDUE)
			.toList();
		assertThat(overdue).hasSize((int) overdueOnTheBoard);

		String page = okBody(
				this.mvc.perform(get("/reminders").param("urgency", "OVERDUE").with(TestCallers.as(office))));
		assertThat(page).contains(directive.citation()).doesNotContain("Quá hạn (0)");
	}

	@Test
	void eachReminderCarriesTheBadgeOfItsOwnDueDate() throws Exception {
		PeopleFixtures.Tree tree = new PeopleFixtures(this.jdbc).tree("nhắc chỉ thị");
		LocalDate today = java.time.LocalDate.now(vn.dangvu.platform.time.VietnamTime.ZONE);
		long directive = new DirectiveFixtures(this.mvc, this.jdbc).directive(TestCallers.admin(), "Chỉ thị có hạn")
			.id();
		long assignment = this.jdbc.sql("""
				insert into directive_assignment (document_id, unit_id, from_unit_id, assigned_on, created_by)
				values (:d, :u, :from, :on, 'test') returning id""")
			.param("d", directive)
			.param("u", tree.cell())
			.param("from", tree.root())
			.param("on", today.minusDays(20))
			.query(Long.class)
			.single();
		action(assignment, "DISSEMINATE", today);
		action(assignment, "PLAN", today.plusDays(2));
		Caller secretary = TestCallers.withRole(Role.CELL_SECRETARY, tree.cell());

		String page = okBody(this.mvc.perform(get("/reminders").with(TestCallers.as(secretary))));
		assertThat(page).contains("reminder-DUE_TODAY").contains("reminder-DUE_SOON").contains("Hôm nay (1)");
		assertThat(page.indexOf("reminder-DUE_TODAY")).isLessThan(page.indexOf("reminder-DUE_SOON"));
	}

	private void action(long assignment, String kind, LocalDate due) {
		this.jdbc.sql("""
				insert into directive_action (assignment_id, kind, due_on, recorded_by)
				values (:a, :k, :due, 'test')""").param("a", assignment).param("k", kind).param("due", due).update();
	}

}
