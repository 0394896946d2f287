package vn.dangvu.directive;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.membership.MassFixtures;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.testkit.JsonRequests.postJson;
import static vn.dangvu.testkit.PageText.okBody;

/**
 * The registry, cascade, tracking board and study through the API, with scope.
 */
@IntegrationTest
class DirectiveApiTest {

	/**
	 * Numbers no other test (nor the demo) uses: each test registers its own documents.
	 */
	static final AtomicInteger NUMBER = new AtomicInteger(7000 + (int) (System.nanoTime() % 1000));

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.util.List<vn.dangvu.notification.ReminderSource> reminderSources;

	@Autowired
	org.springframework.context.MessageSource messages;

	/** The test's own bloc, branches and cells. */
	DirectiveFixtures.Branches units;

	DirectiveFixtures fixtures;

	@BeforeEach
	void ownBranches() {
		this.fixtures = new DirectiveFixtures(this.mvc, this.jdbc);
		this.units = this.fixtures.branches("chỉ thị " + NUMBER.incrementAndGet(), 8);
	}

	String register(Caller caller, String citation, LocalDate date, String summary) throws Exception {
		return this.mvc.perform(postJson(caller, "/api/v1/directives", """
				{"citation": "%s", "issueDate": "%s", "summary": "%s"}""".formatted(citation, date, summary)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	long registerId(Caller caller, String citation, LocalDate date, String summary) throws Exception {
		return ((Number) JsonPath.read(register(caller, citation, date, summary), "$.id")).longValue();
	}

	@Test
	void aRegisteredDocumentIsParsedAndADuplicateIsRefusedWithALinkToIt() throws Exception {
		int n = NUMBER.incrementAndGet();
		String json = register(this.units.rootOffice(), "Số " + n + "-KH/TW", LocalDate.of(2024, 3, 5),
				"Kế hoạch thực hiện nghị quyết");
		assertThat((String) JsonPath.read(json, "$.citation")).isEqualTo(n + "-KH/TW");
		assertThat((String) JsonPath.read(json, "$.type")).isEqualTo("PLAN");
		assertThat((String) JsonPath.read(json, "$.issuerCode")).isEqualTo("TW");
		assertThat((String) JsonPath.read(json, "$.termLabel")).isEqualTo("2020-2025");
		long id = ((Number) JsonPath.read(json, "$.id")).longValue();

		this.mvc.perform(postJson(this.units.rootOffice(), "/api/v1/directives", """
				{"citation": "%d-KH/TW", "issueDate": "2024-03-05", "summary": "Lần nữa"}""".formatted(n)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("/directives/" + id)))
			.andExpect(jsonPath("$.errors[0].field").value("citation"));

		this.mvc.perform(get("/api/v1/directives/issuers").with(TestCallers.as(this.units.rootOffice())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'BBT')].fullName").value("Ban Bí thư"));
		// the same citation in another term is another document
		register(this.units.rootOffice(), n + "-KH/TW", LocalDate.of(2016, 3, 5), "Kế hoạch nhiệm kỳ trước");
	}

	@Test
	void aDocumentReplacedByANewerOneReadsAsReplaced() throws Exception {
		int n = NUMBER.incrementAndGet();
		long old = registerId(this.units.rootOffice(), n + "/QĐ-CĐ", LocalDate.of(2015, 6, 1),
				"Quy chế chi tiêu nội bộ");
		long newer = registerId(this.units.rootOffice(), (n + 1) + "/QĐ-CĐ", LocalDate.of(2020, 6, 1),
				"Quy chế chi tiêu nội bộ (thay thế)");
		NUMBER.incrementAndGet();
		this.mvc.perform(get("/api/v1/directives/" + old).with(TestCallers.as(this.units.rootOffice())))
			.andExpect(jsonPath("$.status").value("IN_FORCE"));
		this.mvc.perform(postJson(this.units.rootOffice(), "/api/v1/directives/" + newer + "/links", """
				{"toId": %d, "kind": "REPLACES", "effectiveOn": "2020-06-01"}""".formatted(old)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.links[0].kind").value("REPLACES"))
			.andExpect(jsonPath("$.status").value("IN_FORCE"));
		this.mvc.perform(get("/api/v1/directives/" + old).with(TestCallers.as(this.units.rootOffice())))
			.andExpect(jsonPath("$.status").value("REPLACED"))
			.andExpect(jsonPath("$.links[0].outgoing").value(false))
			.andExpect(jsonPath("$.links[0].otherId").value(newer));
		String replaced = this.mvc
			.perform(get("/api/v1/directives?status=REPLACED&year=2015&size=500")
				.with(TestCallers.as(this.units.rootOffice())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Integer> ids = JsonPath.read(replaced, "$.items[*].id");
		assertThat(ids).contains((int) old).doesNotContain((int) newer);
	}

	@Test
	void searchWithoutDiacriticsFindsTheAccentedSummaryAndFullText() throws Exception {
		int n = NUMBER.incrementAndGet();
		String token = "Xuânđào" + n;
		long id = registerId(this.units.rootOffice(), n + "-QĐ/TW", LocalDate.of(2023, 2, 1),
				"Quy chế dân chủ ở cơ sở " + token);
		String found = okBody(
				this.mvc.perform(get("/api/v1/directives").param("q", "quy che dan chu o co so xuandao" + n)
					.with(TestCallers.as(this.units.rootOffice()))));
		assertThat((List<Integer>) JsonPath.read(found, "$.items[*].id")).containsExactly((int) id);
		String none = this.mvc
			.perform(get("/api/v1/directives").param("q", "dan chu quy che xuandao" + n)
				.with(TestCallers.as(this.units.rootOffice())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((Integer) JsonPath.read(none, "$.total")).isZero();
		String byType = this.mvc
			.perform(get("/api/v1/directives").param("q", "xuandao" + n)
				.param("type", "PLAN")
				.with(TestCallers.as(this.units.rootOffice())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((Integer) JsonPath.read(byType, "$.total")).isZero();
	}

	@Test
	void aDirectiveCascadesOverThreeLevelsAndTheBoardShowsDoneAndOverdue() throws Exception {
		int n = NUMBER.incrementAndGet();
		long doc = registerId(this.units.rootOffice(), n + "-CT/TW", LocalDate.of(2024, 1, 10),
				"Chỉ thị về tăng cường");
		LocalDate assigned = TODAY.minusDays(40);
		// root → the branch, dissemination in 10 working days, plan by a date far ahead
		assignedByTheRoot(doc,
				"""
						{"unitIds": [%d], "assignedOn": "%s", "actions": [
						  {"kind": "DISSEMINATE", "workingDays": 10}, {"kind": "PLAN", "dueOn": "%s"}]}"""
					.formatted(this.units.branch(), assigned, TODAY.plusDays(60)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.fromUnitId").value(this.units.root()))
			.andExpect(jsonPath("$.assignedUnitIds[0]").value(this.units.branch()));

		// the grassroots office cascades to all its cells
		Caller kvxiOffice = this.units.branchOffice();
		String cascaded = this.mvc
			.perform(postJson(kvxiOffice, "/api/v1/directives/" + doc + "/assignments",
					"""
							{"allCellsUnder": %d, "assignedOn": "%s", "actions": [{"kind": "DISSEMINATE", "days": 15}]}"""
						.formatted(this.units.branch(), assigned)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.fromUnitId").value(this.units.branch()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Integer> cells = JsonPath.read(cascaded, "$.assignedUnitIds");
		assertThat(cells).hasSize(8).contains((int) this.units.cell(0), (int) this.units.cell(1));

		// a cell office cannot cascade; a cell of another branch is not below
		this.mvc
			.perform(postJson(kvxiOffice, "/api/v1/directives/" + doc + "/assignments",
					"""
							{"unitIds": [%d], "actions": [{"kind": "DISSEMINATE", "days": 15}]}"""
						.formatted(this.units.otherCell())))
			.andExpect(status().isUnprocessableContent());

		// the first cell's secretary records the dissemination
		Caller secretary = TestCallers.withRole(Role.CELL_SECRETARY, this.units.cell(0));
		disseminated(secretary, doc, assigned.plusDays(5), 18).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].status").value("DONE"));
		// attendance above the total is refused
		disseminated(secretary, doc, assigned.plusDays(5), 21).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("present"));
		// the grassroots committee makes its plan 448-KH/ĐU style and records it: linked
		// as implementing
		this.fixtures.partyIssuer(this.units.branch(), "ĐU", "Đảng ủy thử nghiệm " + n);
		Caller kvxiOfficeRegisters = kvxiOffice;
		long plan = registerId(kvxiOfficeRegisters, n + "-KH/ĐU", TODAY.minusDays(20), "Kế hoạch thực hiện Chỉ thị");
		this.mvc
			.perform(postJson(kvxiOffice,
					"/api/v1/directives/" + doc + "/units/" + this.units.branch() + "/actions/PLAN", """
							{"doneOn": "%s", "reportDocumentId": %d}""".formatted(TODAY.minusDays(20), plan)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/directives/" + plan).with(TestCallers.as(this.units.rootOffice())))
			.andExpect(jsonPath("$.links[0].kind").value("IMPLEMENTS"))
			.andExpect(jsonPath("$.links[0].otherId").value(doc));

		String board = okBody(this.mvc
			.perform(get("/api/v1/directives/" + doc + "/tracking").with(TestCallers.as(this.units.rootOffice()))));
		assertThat((Integer) JsonPath.read(board, "$.summary.units")).isEqualTo(9);
		assertThat((Integer) JsonPath.read(board, "$.summary.actions")).isEqualTo(10);
		assertThat((Integer) JsonPath.read(board, "$.summary.actionsDone")).isEqualTo(2);
		// the branch's dissemination (10 working days) and 7 cells (15 days) are overdue
		assertThat((Integer) JsonPath.read(board, "$.summary.actionsOverdue")).isEqualTo(8);
		assertThat((List<String>) JsonPath.read(board,
				"$.rows[?(@.unitId == " + this.units.cell(0) + ")].actions.DISSEMINATE.status"))
			.containsExactly("DONE");
		assertThat((List<String>) JsonPath.read(board,
				"$.rows[?(@.unitId == " + this.units.cell(1) + ")].actions.DISSEMINATE.status"))
			.containsExactly("OVERDUE");

		// the grassroots office sees its subtree only; the share is over it
		String kvxiBoard = this.mvc
			.perform(get("/api/v1/directives/" + doc + "/tracking").param("overdueOnly", "true")
				.with(TestCallers.as(kvxiOffice)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((Integer) JsonPath.read(kvxiBoard, "$.totalRows")).isEqualTo(8);

		// the overdue cell's obligations
		this.mvc
			.perform(get("/api/v1/units/" + this.units.cell(1) + "/obligations").param("openOnly", "true")
				.with(TestCallers.as(TestCallers.withRole(Role.CELL_SECRETARY, this.units.cell(1)))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.documentId == " + doc + ")].status").value("OVERDUE"));

		// scope: a cell of another branch does not see the directive, its board nor the
		// cell's obligations
		Caller stranger = TestCallers.withRole(Role.CELL_SECRETARY, this.units.otherCell());
		this.mvc.perform(get("/api/v1/directives/" + doc).with(TestCallers.as(stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/directives/" + doc + "/tracking").with(TestCallers.as(stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/units/" + this.units.cell(1) + "/obligations").with(TestCallers.as(stranger)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aCellSecretarySeesOnlyWhatWasAssignedToTheCellAndMembersStudyIt() throws Exception {
		int n = NUMBER.incrementAndGet();
		long doc = registerId(this.units.rootOffice(), n + "-KL/TW", LocalDate.of(2025, 2, 1), "Kết luận về học tập");
		assignedByTheRoot(doc, """
				{"unitIds": [%d], "actions": [{"kind": "DISSEMINATE", "days": 30}]}""".formatted(this.units.cell(0)))
			.andExpect(status().isCreated());
		this.mvc
			.perform(get("/api/v1/directives/" + doc)
				.with(TestCallers.as(TestCallers.withRole(Role.CELL_SECRETARY, this.units.cell(0)))))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/api/v1/directives/" + doc)
				.with(TestCallers.as(TestCallers.withRole(Role.CELL_SECRETARY, this.units.cell(1)))))
			.andExpect(status().isNotFound());

		MassFixtures people = new MassFixtures(this.jdbc);
		LocalDate born = LocalDate.of(1985, 4, 2);
		long duc = people.person("Lê Thử Nghiệm", born, this.units.cell(0), this.units.cell(0), null, null);
		Caller member = TestCallers.member(duc);
		assertThat(documentIds(studyList(member).andExpect(status().isOk()))).contains((int) doc);
		// studied before read is refused; read, then studied
		study(member, doc, true).andExpect(status().isUnprocessableContent());
		study(member, doc, false).andExpect(status().isOk())
			.andExpect(jsonPath("$.readAt").isNotEmpty())
			.andExpect(jsonPath("$.studiedAt").isEmpty());
		study(member, doc, true).andExpect(status().isOk()).andExpect(jsonPath("$.studiedAt").isNotEmpty());

		MvcResult progress = this.mvc
			.perform(get("/api/v1/directives/" + doc + "/study")
				.with(TestCallers.as(TestCallers.withRole(Role.CELL_SECRETARY, this.units.cell(0)))))
			.andExpect(status().isOk())
			.andReturn();
		String p = progress.getResponse().getContentAsString();
		assertThat((Integer) JsonPath.read(p, "$[0].studied")).isEqualTo(1);
		assertThat((List<String>) JsonPath.read(p, "$[0].people[?(@.studiedAt != null)].fullName"))
			.containsExactly("Lê Thử Nghiệm");

		// a member of another cell neither lists nor marks it
		long other = people.person("Trần Văn Khác", born, this.units.cell(1), this.units.cell(1), null, null);
		Caller otherMember = TestCallers.member(other);
		assertThat(documentIds(studyList(otherMember))).doesNotContain((int) doc);
		study(otherMember, doc, false).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/directives/" + doc).with(TestCallers.as(otherMember)))
			.andExpect(status().isNotFound());
	}

	/** The bloc's office assigns the document (the JSON of an assignment). */
	ResultActions assignedByTheRoot(long doc, String assignment) throws Exception {
		return this.mvc
			.perform(postJson(this.units.rootOffice(), "/api/v1/directives/" + doc + "/assignments", assignment));
	}

	/**
	 * The first cell's secretary records its dissemination, with so many present of 20.
	 */
	ResultActions disseminated(Caller secretary, long doc, LocalDate doneOn, int present) throws Exception {
		return this.mvc.perform(postJson(secretary,
				"/api/v1/directives/" + doc + "/units/" + this.units.cell(0) + "/actions/DISSEMINATE", """
						{"doneOn": "%s", "present": %d, "total": 20}""".formatted(doneOn, present)));
	}

	/** The member marks the document read ({@code false}) or studied ({@code true}). */
	ResultActions study(Caller member, long doc, boolean studied) throws Exception {
		return this.mvc
			.perform(postJson(member, "/api/v1/directives/" + doc + "/study", "{\"studied\": " + studied + "}"));
	}

	/** The ids of the documents listed in the answer. */
	static List<Integer> documentIds(ResultActions answer) throws Exception {
		return JsonPath.read(answer.andReturn().getResponse().getContentAsString(), "$[*].documentId");
	}

	/** The documents the member has to study. */
	ResultActions studyList(Caller member) throws Exception {
		return this.mvc.perform(get("/api/v1/directives/study").with(TestCallers.as(member)));
	}

	@Test
	void badInputIsAProblemOnTheField() throws Exception {
		this.mvc.perform(postJson(this.units.rootOffice(), "/api/v1/directives", """
				{"citation": "abc", "issueDate": "2024-01-01", "summary": "x"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("citation"));
		this.mvc.perform(postJson(TestCallers.member(1), "/api/v1/directives", """
				{"citation": "1-KH/TW", "issueDate": "2024-01-01", "summary": "x"}"""))
			.andExpect(status().isForbidden());
	}

	@Test
	void aCellSecretaryIsRemindedOfTheCellsOverdueAndDueSoonActionsOnly() throws Exception {
		int n = NUMBER.incrementAndGet();
		long doc = registerId(this.units.rootOffice(), n + "-HD/TW", LocalDate.of(2024, 8, 1), "Hướng dẫn nhắc việc");
		assignedByTheRoot(doc,
				"""
						{"unitIds": [%d, %d], "assignedOn": "%s", "actions": [
						  {"kind": "DISSEMINATE", "days": 5}, {"kind": "PLAN", "days": 12}, {"kind": "FINAL_REVIEW", "days": 200}]}"""
					.formatted(this.units.cell(0), this.units.cell(1), TODAY.minusDays(10)))
			.andExpect(status().isCreated());
		Caller secretary = TestCallers.withRole(Role.CELL_SECRETARY, this.units.cell(0));
		List<vn.dangvu.notification.Reminder> reminders = this.reminderSources.stream()
			.flatMap((s) -> s.remindersFor(secretary, TODAY).stream())
			.filter((r) -> r.args().contains(n + "-HD/TW"))
			.toList();
		assertThat(reminders).extracting(vn.dangvu.notification.Reminder::urgency)
			.containsExactlyInAnyOrder(vn.dangvu.notification.Reminder.Urgency.OVERDUE,
					vn.dangvu.notification.Reminder.Urgency.DUE_SOON);
		assertThat(reminders).allSatisfy((r) -> {
			assertThat(r.unitId()).isEqualTo(this.units.cell(0));
			assertThat(
					this.messages.getMessage(r.messageKey(), r.args().toArray(), java.util.Locale.forLanguageTag("vi")))
				.contains(n + "-HD/TW");
		});
	}

}
