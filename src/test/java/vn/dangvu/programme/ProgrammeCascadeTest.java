package vn.dangvu.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.TestClock;
import vn.dangvu.notification.NotificationApi;
import vn.dangvu.notification.Reminder;
import vn.dangvu.organisation.OrganisationApi;
import vn.dangvu.organisation.UnitDto;
import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.organisation.UnitSelection;
import vn.dangvu.people.PeopleFixtures;
import vn.dangvu.membership.MassFixtures;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.programme.ProgrammeFixtures.Answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 12 part C on the real database (decision 0273): one activity given to hundreds of
 * units in one request through the organisation's shared selection, its refusals, the
 * parent's view of a task concretised across three levels, the reminders' window and the
 * home page's own activities. The tree is the test's own: a committee, two grassroots
 * committees under it, their cells.
 */
@IntegrationTest
class ProgrammeCascadeTest {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 20);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	OrganisationApi organisation;

	@Autowired
	UnitScopes scopes;

	@Autowired
	NotificationApi notifications;

	ProgrammeFixtures fixtures;

	PeopleFixtures units;

	long top;

	long mid;

	long otherMid;

	long cell;

	long cell2;

	long otherCell;

	Caller office;

	@BeforeEach
	void ownTree() {
		this.clock.setToday(TODAY);
		this.fixtures = new ProgrammeFixtures(this.mvc, this.jdbc);
		this.units = new PeopleFixtures(this.jdbc);
		String s = UUID.randomUUID().toString().substring(0, 6);
		this.top = this.units.unit("CT-" + s, "BLOC_COMMITTEE", null, "Đảng ủy khối thử " + s);
		this.mid = this.units.unit("CM-" + s, "GRASSROOTS_COMMITTEE", this.top, "Đảng ủy cơ sở thử " + s);
		this.otherMid = this.units.unit("CO-" + s, "GRASSROOTS_COMMITTEE", this.top, "Đảng ủy cơ sở khác " + s);
		this.cell = this.units.unit("CC-" + s, "CELL", this.mid, "Chi bộ Một " + s);
		this.cell2 = this.units.unit("CD-" + s, "CELL", this.mid, "Chi bộ Hai " + s);
		this.otherCell = this.units.unit("CE-" + s, "CELL", this.otherMid, "Chi bộ Khác " + s);
		this.office = TestCallers.officeOf(this.top);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theSelectionIsTheOrganisationsOneForDirectivesAndProgrammes() {
		long kvxi = this.jdbc.sql("select id from org_unit where code = 'DB-KVXI'").query(Long.class).single();
		long root = this.jdbc.sql("select id from org_unit where code = 'DBCHQ'").query(Long.class).single();
		List<Long> expected = this.jdbc.sql("""
				select id from org_unit where kind = 'CELL' and closed_on is null
				and path like (select path from org_unit where id = :id) || '%' order by path""")
			.param("id", kvxi)
			.query(Long.class)
			.list();
		assertThat(expected).hasSizeGreaterThan(1);
		List<UnitDto> cells = this.organisation.selectUnits(UnitSelection.of(List.of(kvxi), kvxi),
				this.scopes.of(TestCallers.officeOf(root)));
		assertThat(cells.get(0).id()).isEqualTo(kvxi);
		assertThat(cells.stream().skip(1).map(UnitDto::id).toList()).isEqualTo(expected);
		// a named unit that is also a cell under the unit counts once
		assertThat(this.organisation
			.selectUnits(UnitSelection.of(List.of(expected.get(0)), kvxi), this.scopes.of(TestCallers.officeOf(root)))
			.stream()
			.map(UnitDto::id)
			.toList()).isEqualTo(expected);
		// outside the caller's scope the unit does not exist for it
		assertThatThrownBy(() -> this.organisation.selectUnits(UnitSelection.of(null, kvxi),
				this.scopes.of(TestCallers.secretaryOf(expected.get(0)))))
			.isInstanceOfSatisfying(RuleViolationException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("allCellsUnder"));
		assertThatThrownBy(() -> this.organisation.selectUnits(UnitSelection.of(List.of(), null),
				this.scopes.of(TestCallers.officeOf(root))))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void aProgrammeActivityGoesToAllCellsUnderDbKvxiInOneRequest() throws Exception {
		long kvxi = this.jdbc.sql("select id from org_unit where code = 'DB-KVXI'").query(Long.class).single();
		long cells = this.jdbc.sql("""
				select count(*) from org_unit where kind = 'CELL' and closed_on is null
				and path like (select path from org_unit where id = :id) || '%'""")
			.param("id", kvxi)
			.query(Long.class)
			.single();
		Caller admin = TestCallers.admin();
		long programme = this.fixtures.programme(admin, kvxi, 2031);
		try {
			long area = this.fixtures.area(admin, programme, "Xây dựng Đảng");
			long task = this.fixtures.task(admin, programme, area, "Sinh hoạt chi bộ", null);
			Answer a = this.fixtures.post(admin, "/api/v1/programmes/%d/activities".formatted(programme), """
					{"taskId": %d, "title": "Sinh hoạt chuyên đề quý", "dueOn": "2031-03-31", "allCellsUnder": %d,
					 "version": %d}""".formatted(task, kvxi, this.fixtures.version(programme)));
			assertThat(a.status()).as(a.body()).isEqualTo(201);
			assertThat(this.fixtures.count("select count(*) from programme_activity_owner where programme_id = :id",
					programme))
				.isEqualTo(cells);
		}
		finally {
			this.jdbc.sql("delete from programme where id = :id").param("id", programme).update();
		}
	}

	@Test
	void oneActivityGoesToHundredsOfCellsInOneRequestOnceAndAsAnAmendment() throws Exception {
		for (int i = 0; i < 300; i++) {
			this.units.unit("CB-" + this.mid + "-" + i, "CELL", this.mid, "Chi bộ số " + i);
		}
		long programme = this.fixtures.programme(this.office, this.top, 2026);
		long area = this.fixtures.area(this.office, programme, "Xây dựng Đảng");
		long task = this.fixtures.task(this.office, programme, area, "Sinh hoạt chi bộ", null);
		long activity = this.fixtures.activity(this.office, programme, task, "Sinh hoạt chuyên đề", "2026-09-30",
				this.mid);

		Answer first = this.fixtures.post(this.office, owners(programme, activity),
				"{\"allCellsUnder\": %d, \"version\": %d}".formatted(this.mid, this.fixtures.version(programme)));
		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat((Integer) first.read("$.addedCount")).isEqualTo(302);
		assertThat(owners(activity)).isEqualTo(303);
		assertThat(this.fixtures.count(
				"""
						select count(*) from audit_event where entity_type = 'ProgrammeActivity' and entity_id = cast(:id as text)
						and action = 'ASSIGN_OWNERS'""",
				activity))
			.isEqualTo(1);

		// again, with a named unit too: nothing twice, the new one added
		Answer again = this.fixtures.post(this.office, owners(programme, activity),
				"{\"unitIds\": [%d], \"allCellsUnder\": %d, \"version\": %d}".formatted(this.otherCell, this.mid,
						this.fixtures.version(programme)));
		assertThat(again.status()).as(again.body()).isEqualTo(200);
		assertThat((List<?>) again.read("$.added")).hasSize(1);
		assertThat((List<?>) again.read("$.already")).hasSize(302);
		assertThat(owners(activity)).isEqualTo(304);

		adopt(programme);
		Answer noReason = this.fixtures.post(this.office, owners(programme, activity),
				"{\"allCellsUnder\": %d, \"version\": %d}".formatted(this.otherMid, this.fixtures.version(programme)));
		assertThat(noReason.status()).as(noReason.body()).isEqualTo(422);
		assertThat(noReason.body()).contains("amendmentReason");
		Answer amended = this.fixtures.post(this.office, owners(programme, activity), """
				{"allCellsUnder": %d, "version": %d, "amendmentReason": "Giao thêm cho các chi bộ"}"""
			.formatted(this.top, this.fixtures.version(programme)));
		assertThat(amended.status()).as(amended.body()).isEqualTo(200);
		// the snapshot keeps the count of a large owner list, not its ids
		String snapshot = this.jdbc.sql(
				"select snapshot::text from programme_amendment where programme_id = :id and change = 'ACTIVITY_OWNERS'")
			.param("id", programme)
			.query(String.class)
			.single();
		assertThat(snapshot).contains("\"ownerCount\": 304").contains("\"owners\": null");
	}

	@Test
	void theActivityFormGivesAllCellsUnderAUnitAndKeepsAManyOwnerListOnEdit() throws Exception {
		for (int i = 0; i < 250; i++) {
			this.units.unit("CF-" + this.mid + "-" + i, "CELL", this.mid, "Chi bộ mẫu " + i);
		}
		long programme = this.fixtures.programme(this.office, this.top, 2026);
		long task = this.fixtures.task(this.office, programme, this.fixtures.area(this.office, programme, "Xây dựng"),
				"Sinh hoạt", null);
		String form = this.fixtures.get(this.office, "/programmes/%d/activities/new?task=%d".formatted(programme, task))
			.body();
		assertThat(form).contains("id=\"allCellsUnder\"").contains("Giao cho tất cả chi bộ thuộc");
		int created = this.mvc
			.perform(post("/programmes/{id}/activities/new", programme).param("taskId", Long.toString(task))
				.param("title", "Sinh hoạt chuyên đề trên trang")
				.param("dueOn", "30/09/2026")
				.param("duePrecision", "DAY")
				.param("ownerUnitIds", Long.toString(this.otherCell))
				.param("allCellsUnder", Long.toString(this.mid))
				.param("version", Integer.toString(this.fixtures.version(programme)))
				.with(TestCallers.as(this.office))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(created).isEqualTo(302);
		long activity = this.jdbc.sql("select max(id) from programme_activity where programme_id = :p")
			.param("p", programme)
			.query(Long.class)
			.single();
		assertThat(owners(activity)).isEqualTo(253);
		assertThat(this.fixtures.count("select count(*) from programme_amendment where programme_id = :id", programme))
			.isZero();

		// the edit form cannot list 253 units: it says how many and keeps them
		String edit = this.fixtures.get(this.office, "/programmes/%d/activities/%d/edit".formatted(programme, activity))
			.body();
		assertThat(edit).contains("id=\"ownersKept\"").contains("253 đơn vị").doesNotContain("id=\"ownerUnitIds\"");
		int changed = this.mvc
			.perform(post("/programmes/{id}/activities/{a}/edit", programme, activity)
				.param("taskId", Long.toString(task))
				.param("title", "Sinh hoạt chuyên đề quý III")
				.param("dueOn", "30/09/2026")
				.param("duePrecision", "DAY")
				.param("version", Integer.toString(this.fixtures.version(programme)))
				.with(TestCallers.as(this.office))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(changed).isEqualTo(302);
		assertThat(owners(activity)).isEqualTo(253);
		// and a change of the title through the API keeps them too
		Answer patched = this.fixtures.patch(this.office,
				"/api/v1/programmes/%d/activities/%d".formatted(programme, activity),
				"{\"title\": \"Sinh hoạt chuyên đề\", \"version\": %d}".formatted(this.fixtures.version(programme)));
		assertThat(patched.status()).as(patched.body()).isEqualTo(200);
		assertThat(owners(activity)).isEqualTo(253);
		assertThat(this.fixtures.get(this.office, "/programmes/" + programme).body()).contains("253 đơn vị");
	}

	@Test
	void anOwnerOutsideTheSubtreeIsRefusedAndAnotherUnitsWriterForbidden() throws Exception {
		long programme = this.fixtures.programme(TestCallers.officeOf(this.mid), this.mid, 2026);
		Caller midOffice = TestCallers.officeOf(this.mid);
		long area = this.fixtures.area(midOffice, programme, "Xây dựng Đảng");
		long task = this.fixtures.task(midOffice, programme, area, "Sinh hoạt chi bộ", null);
		long activity = this.fixtures.activity(midOffice, programme, task, "Sinh hoạt chuyên đề", "2026-09-30",
				this.cell);
		// the committee above sees the other grassroots committee, but it is outside this
		// programme's subtree
		Answer outside = this.fixtures.post(this.office, owners(programme, activity),
				"{\"allCellsUnder\": %d, \"version\": %d}".formatted(this.otherMid, this.fixtures.version(programme)));
		assertThat(outside.status()).as(outside.body()).isEqualTo(422);
		assertThat(outside.body()).contains("allCellsUnder");
		Answer named = this.fixtures.post(this.office, owners(programme, activity),
				"{\"unitIds\": [%d], \"version\": %d}".formatted(this.otherCell, this.fixtures.version(programme)));
		assertThat(named.status()).as(named.body()).isEqualTo(422);
		assertThat(named.body()).contains("unitIds");
		// the grassroots office does not see a unit outside its scope at all
		Answer unseen = this.fixtures.post(midOffice, owners(programme, activity),
				"{\"unitIds\": [%d], \"version\": %d}".formatted(this.otherCell, this.fixtures.version(programme)));
		assertThat(unseen.status()).as(unseen.body()).isEqualTo(422);
		assertThat(owners(activity)).isEqualTo(1);

		// a cell secretary sees the committee's adopted programme but does not write it
		long committees = this.fixtures.programme(this.office, this.top, 2026);
		long topArea = this.fixtures.area(this.office, committees, "Xây dựng Đảng");
		long topTask = this.fixtures.task(this.office, committees, topArea, "Sinh hoạt chi bộ", null);
		long topActivity = this.fixtures.activity(this.office, committees, topTask, "Sinh hoạt chuyên đề", "2026-09-30",
				this.mid);
		adopt(committees);
		Answer secretary = this.fixtures.post(TestCallers.secretaryOf(this.cell), owners(committees, topActivity), """
				{"unitIds": [%d], "version": %d, "amendmentReason": "Tự giao"}""".formatted(this.cell,
				this.fixtures.version(committees)));
		assertThat(secretary.status()).as(secretary.body()).isEqualTo(403);
		assertThat(owners(topActivity)).isEqualTo(1);
	}

	@Test
	void theParentSeesWhoConcretisedATaskAcrossThreeLevels() throws Exception {
		long topProgramme = this.fixtures.programme(this.office, this.top, 2026);
		long topTask = this.fixtures.task(this.office, topProgramme,
				this.fixtures.area(this.office, topProgramme, "Xây dựng Đảng"), "Nâng cao chất lượng sinh hoạt", null);
		adopt(topProgramme);

		Caller midOffice = TestCallers.officeOf(this.mid);
		long midProgramme = this.fixtures.programme(midOffice, this.mid, 2026);
		long midTask = this.fixtures.task(midOffice, midProgramme,
				this.fixtures.area(midOffice, midProgramme, "Cụ thể hóa"), "Sinh hoạt chuyên đề ở chi bộ", topTask);
		long done = this.fixtures.activity(midOffice, midProgramme, midTask, "Hướng dẫn chuyên đề", "2026-03-31",
				this.cell);
		long late = this.fixtures.activity(midOffice, midProgramme, midTask, "Dự sinh hoạt chi bộ", "2026-05-31",
				this.cell2);
		this.jdbc.sql("update programme_activity_owner set status = 'DONE', percent = 100 where activity_id = :a")
			.param("a", done)
			.update();
		assertThat(late).isPositive();
		adopt(midProgramme);

		Caller secretary = TestCallers.secretaryOf(this.cell);
		long cellProgramme = this.fixtures.programme(secretary, this.cell, 2026);
		long cellTask = this.fixtures.task(secretary, cellProgramme,
				this.fixtures.area(secretary, cellProgramme, "Chi bộ"), "Chuyên đề quý", midTask);
		this.fixtures.activity(secretary, cellProgramme, cellTask, "Chọn chuyên đề", "2026-07-31", this.cell);

		Answer view = this.fixtures.get(this.office,
				"/api/v1/programmes/%d/tasks/%d/cascade".formatted(topProgramme, topTask));
		assertThat(view.status()).as(view.body()).isEqualTo(200);
		assertThat((List<Integer>) view.read("$.concretisations[*].taskId")).containsExactly((int) midTask,
				(int) cellTask);
		assertThat((List<Integer>) view.read("$.concretisations[*].level")).containsExactly(1, 2);
		assertThat((Integer) view.read("$.concretisations[0].owners")).isEqualTo(2);
		assertThat((Integer) view.read("$.concretisations[0].done")).isEqualTo(1);
		assertThat((Integer) view.read("$.concretisations[0].overdue")).isEqualTo(1);
		assertThat((Integer) view.read("$.concretisations[0].donePercent")).isEqualTo(50);
		assertThat((Integer) view.read("$.concretisations[1].overdue")).isZero();
		assertThat((List<Integer>) view.read("$.missing[*].unitId")).containsExactlyInAnyOrder((int) this.otherMid,
				(int) this.cell2);

		// the page says the same
		String page = this.fixtures.get(this.office, "/programmes/%d/tasks/%d/cascade".formatted(topProgramme, topTask))
			.body();
		assertThat(page).contains("Sinh hoạt chuyên đề ở chi bộ").contains("Chuyên đề quý").contains("1/2");

		// the cell's secretary sees its own part of the cascade only
		Answer own = this.fixtures.get(secretary,
				"/api/v1/programmes/%d/tasks/%d/cascade".formatted(topProgramme, topTask));
		assertThat(own.status()).as(own.body()).isEqualTo(200);
		assertThat((List<Integer>) own.read("$.concretisations[*].taskId")).containsExactly((int) cellTask);
		assertThat((List<?>) own.read("$.missing")).isEmpty();
		// another branch's secretary does not see the mid programme's task at all
		assertThat(this.fixtures
			.get(TestCallers.secretaryOf(this.otherCell),
					"/api/v1/programmes/%d/tasks/%d/cascade".formatted(midProgramme, midTask))
			.status()).isEqualTo(404);
	}

	@Test
	void remindersComeWithinTheRulesWindowAndOverdueOnesAsCountsToTheCommittee() throws Exception {
		long programme = this.fixtures.programme(this.office, this.top, 2026);
		long task = this.fixtures.task(this.office, programme, this.fixtures.area(this.office, programme, "Xây dựng"),
				"Sinh hoạt", null);
		this.fixtures.activity(this.office, programme, task, "Hạn sau bảy ngày", "2026-06-27", this.cell);
		this.fixtures.activity(this.office, programme, task, "Hạn sau tám ngày", "2026-06-28", this.cell);
		this.fixtures.activity(this.office, programme, task, "Hạn hôm nay", "2026-06-20", this.cell);
		long yesterday = this.fixtures.activity(this.office, programme, task, "Hạn hôm qua", "2026-06-19", this.cell);
		this.fixtures.activity(this.office, programme, task, "Hạn hôm qua ở chi bộ hai", "2026-06-19", this.cell2);
		Caller secretary = TestCallers.secretaryOf(this.cell);
		// a draft reminds nobody
		assertThat(programmeReminders(secretary)).isEmpty();
		assertThat(programmeReminders(this.office)).isEmpty();

		adopt(programme);
		List<Reminder> own = programmeReminders(secretary);
		assertThat(own).extracting((r) -> r.args().get(0))
			.containsExactly("Hạn hôm qua", "Hạn hôm nay", "Hạn sau bảy ngày");
		assertThat(own).extracting(Reminder::urgency)
			.containsExactly(Reminder.Urgency.OVERDUE, Reminder.Urgency.DUE_TODAY, Reminder.Urgency.DUE_SOON);
		assertThat(own.get(0).link()).isEqualTo("/programmes/" + programme + "#activity-" + yesterday);

		List<Reminder> committee = programmeReminders(this.office);
		assertThat(committee).hasSize(1);
		assertThat(committee.get(0).kind()).isEqualTo("PROGRAMME_OVERDUE");
		assertThat(committee.get(0).args()).containsExactly(2L, 2L, programmeTitle(programme));
		assertThat(committee.get(0).link()).isEqualTo("/programmes/" + programme);
		// the other branch's secretary has nothing to do here
		assertThat(programmeReminders(TestCallers.secretaryOf(this.otherCell))).isEmpty();
	}

	@Test
	void theHomePageShowsTheSecretarysOwnOpenActivitiesOnly() throws Exception {
		long programme = this.fixtures.programme(this.office, this.top, 2026);
		long task = this.fixtures.task(this.office, programme, this.fixtures.area(this.office, programme, "Xây dựng"),
				"Sinh hoạt", null);
		this.fixtures.activity(this.office, programme, task, "Việc của chi bộ một", "2026-07-10", this.cell);
		this.fixtures.activity(this.office, programme, task, "Việc của chi bộ hai", "2026-07-11", this.cell2);
		long done = this.fixtures.activity(this.office, programme, task, "Việc đã xong của chi bộ một", "2026-07-12",
				this.cell);
		this.jdbc.sql("update programme_activity_owner set status = 'DONE', percent = 100 where activity_id = :a")
			.param("a", done)
			.update();
		String before = this.fixtures.get(TestCallers.secretaryOf(this.cell), "/").body();
		assertThat(before).doesNotContain("Việc của chi bộ một");
		adopt(programme);

		String home = this.fixtures.get(TestCallers.secretaryOf(this.cell), "/").body();
		assertThat(home).contains("id=\"myActivities\"")
			.contains("Việc của chi bộ một")
			.contains("/programmes/" + programme + "#activity-")
			.doesNotContain("Việc của chi bộ hai")
			.doesNotContain("Việc đã xong của chi bộ một");
		String other = this.fixtures.get(TestCallers.secretaryOf(this.cell2), "/").body();
		assertThat(other).contains("Việc của chi bộ hai").doesNotContain("Việc của chi bộ một");
	}

	@Test
	void theMembersHomeShowsTheActivitiesTheyLead() throws Exception {
		MassFixtures mass = new MassFixtures(this.jdbc);
		long person = mass.partyMember("Ngô Thử Chủ Trì", LocalDate.of(1985, 2, 3), this.top, this.cell);
		long programme = this.fixtures.programme(this.office, this.top, 2026);
		long task = this.fixtures.task(this.office, programme, this.fixtures.area(this.office, programme, "Xây dựng"),
				"Sinh hoạt", null);
		Answer led = this.fixtures.post(this.office, "/api/v1/programmes/%d/activities".formatted(programme), """
				{"taskId": %d, "title": "Việc do tôi chủ trì", "dueOn": "2026-08-31", "leadPersonId": %d,
				 "ownerUnitIds": [%d], "version": %d}""".formatted(task, person, this.cell2,
				this.fixtures.version(programme)));
		assertThat(led.status()).as(led.body()).isEqualTo(201);
		this.fixtures.activity(this.office, programme, task, "Việc của người khác", "2026-08-30", this.cell2);
		adopt(programme);
		String home = this.fixtures.get(TestCallers.member(person), "/").body();
		assertThat(home).contains("id=\"myActivities\"")
			.contains("Việc do tôi chủ trì")
			.doesNotContain("Việc của người khác");
	}

	@Test
	void theDemosCascadeShowsAndCauTreosSecretaryHasOpenActivities() throws Exception {
		long cautreo = this.jdbc.sql("select id from org_unit where code = 'CB-CAUTREO'").query(Long.class).single();
		long root = this.jdbc.sql("select id from org_unit where code = 'DBCHQ'").query(Long.class).single();
		record Top(long programme, long task) {
		}
		Top top = this.jdbc.sql("""
				select g.programme_id, g.id from programme_task c join programme p on p.id = c.programme_id
				join programme_task k on k.id = c.parent_task_id join programme_task g on g.id = k.parent_task_id
				where p.unit_id = :cell and p.created_by = 'demo'""")
			.param("cell", cautreo)
			.query((rs, n) -> new Top(rs.getLong(1), rs.getLong(2)))
			.single();
		Answer view = this.fixtures.get(TestCallers.officeOf(root),
				"/api/v1/programmes/%d/tasks/%d/cascade".formatted(top.programme(), top.task()));
		assertThat(view.status()).as(view.body()).isEqualTo(200);
		assertThat((List<String>) view.read("$.concretisations[*].unitName")).hasSize(2)
			.anyMatch((n) -> n.contains("khu vực XI"))
			.anyMatch((n) -> n.contains("Cầu Treo"));
		assertThat((List<Integer>) view.read("$.concretisations[*].level")).containsExactly(1, 2);
		assertThat((Integer) view.read("$.concretisations[0].owners")).isGreaterThan(1);

		String home = this.fixtures.get(TestCallers.secretaryOf(cautreo), "/").body();
		assertThat(home).contains("id=\"myActivities\"").contains("Báo cáo kết quả sinh hoạt chuyên đề của chi bộ");
	}

	private List<Reminder> programmeReminders(Caller caller) {
		return this.notifications.remindersFor(caller, TODAY)
			.stream()
			.filter((r) -> r.kind().startsWith("PROGRAMME_"))
			.map((r) -> r.on(TODAY))
			.toList();
	}

	private String programmeTitle(long programme) {
		return this.jdbc.sql("select title from programme where id = :id")
			.param("id", programme)
			.query(String.class)
			.single();
	}

	private long owners(long activity) {
		return this.fixtures.count("select count(*) from programme_activity_owner where activity_id = :id", activity);
	}

	private static String owners(long programme, long activity) {
		return "/api/v1/programmes/%d/activities/%d/owners".formatted(programme, activity);
	}

	/**
	 * Adopted on a document of the registry, as an office records it (the adoption is
	 * another test's).
	 */
	private void adopt(long programme) {
		this.jdbc.sql("""
				update programme set state = 'ADOPTED', adopted_on = date '2026-01-15', adopting_document_id = 1,
				       version = version + 1 where id = :id""").param("id", programme).update();
	}

}
