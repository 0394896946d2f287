package vn.dangvu.programme;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.programme.ProgrammeFixtures.Answer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A programme's life through the API on the real database: a draft changes freely, is
 * adopted at a meeting, then changes only by amendments that keep their reason and the
 * structure before, and once closed changes no more; every write is audited.
 */
@IntegrationTest
class ProgrammeApiTest extends ProgrammeTestBase {

	ProgrammeApiTest() {
		super("chương trình");
	}

	@Test
	void aDraftIsAdoptedAmendedWithHistoryAndClosed() throws Exception {
		Answer created = this.fixtures.post(this.office, "/api/v1/programmes", """
				{"unitId": %d, "kind": "PARTY_ANNUAL", "title": "Chương trình công tác năm 2026",
				 "periodKind": "YEAR", "startsOn": "2026-01-01", "endsOn": "2026-12-31", "rollUp": "WEIGHTED"}"""
			.formatted(this.tree.root()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.id();
		assertThat((String) created.read("$.state")).isEqualTo("DRAFT");
		assertThat(created.version()).isZero();

		long area = this.fixtures.area(this.office, id, "Xây dựng Đảng");
		long task = this.fixtures.task(this.office, id, area, "Nâng cao chất lượng sinh hoạt chi bộ", null);
		Answer indicator = this.fixtures.post(this.office, "/api/v1/programmes/%d/indicators".formatted(id), """
				{"taskId": %d, "name": "Kết nạp đảng viên mới", "kind": "COUNT", "target": 30, "unitLabel": "đảng viên",
				 "version": %d}""".formatted(task, this.fixtures.version(id)));
		assertThat(indicator.status()).as(indicator.body()).isEqualTo(201);
		long activity = this.fixtures.activity(this.office, id, task, "Sơ kết 6 tháng", "2026-07-15", this.tree.cell());
		Answer draft = this.fixtures.get(this.office, "/api/v1/programmes/" + id);
		assertThat((String) draft.read("$.areas[0].tasks[0].code")).isEqualTo("1.1");
		assertThat((String) draft.read("$.areas[0].tasks[0].activities[0].owners[0].unitName")).startsWith("Chi bộ");
		assertThat(((Number) draft.read("$.areas[0].tasks[0].indicators[0].target")).intValue()).isEqualTo(30);
		assertThat(this.fixtures.count("select count(*) from programme_amendment where programme_id = :id", id))
			.as("a draft changes without amendments")
			.isZero();

		long meeting = meeting("2026-01-05");
		this.fixtures.adopt(this.office, id, meeting, "2026-01-10");
		Answer adopted = this.fixtures.get(this.office, "/api/v1/programmes/" + id);
		assertThat((String) adopted.read("$.state")).isEqualTo("ADOPTED");
		assertThat(((Number) adopted.read("$.adoptingMeetingId")).longValue()).isEqualTo(meeting);

		String url = "/api/v1/programmes/%d/activities/%d".formatted(id, activity);
		Answer noReason = this.fixtures.patch(this.office, url,
				"{\"dueOn\": \"2026-09-30\", \"version\": %d}".formatted(this.fixtures.version(id)));
		assertThat(noReason.status()).isEqualTo(422);
		assertThat((List<String>) noReason.read("$.errors[*].field")).contains("amendmentReason");
		assertThat((String) noReason.read("$.detail")).contains("Lý do sửa đổi");
		assertThat(dueOn(activity)).as("nothing written").isEqualTo("2026-07-15");

		Answer amended = this.fixtures.patch(this.office, url, """
				{"dueOn": "2026-09-30", "version": %d, "amendmentReason": "Lùi theo kết luận của Ban Thường vụ"}"""
			.formatted(this.fixtures.version(id)));
		assertThat(amended.status()).as(amended.body()).isEqualTo(200);
		assertThat(dueOn(activity)).isEqualTo("2026-09-30");
		this.fixtures.area(this.office, id, "Công tác dân vận");

		Answer history = this.fixtures.get(this.office, "/api/v1/programmes/%d/amendments".formatted(id));
		assertThat((List<Integer>) history.read("$[*].number")).containsExactly(1, 2);
		assertThat((List<String>) history.read("$[*].change")).containsExactly("ACTIVITY_UPDATE", "AREA_ADD");
		assertThat((String) history.read("$[0].reason")).isEqualTo("Lùi theo kết luận của Ban Thường vụ");
		assertThat((Integer) history.read("$[1].areasBefore")).isEqualTo(1);
		Answer before = this.fixtures.get(this.office, "/api/v1/programmes/%d/amendments/1/before".formatted(id));
		assertThat((String) before.read("$.areas[0].tasks[0].activities[0].dueOn")).isEqualTo("2026-07-15");
		assertThat((Integer) before.read("$.areas[0].tasks[0].activities[0].owners[0]")).isNotNull();

		Answer closed = this.fixtures.post(this.office, "/api/v1/programmes/%d/close".formatted(id),
				"{\"closedOn\": \"2026-06-20\", \"version\": %d}".formatted(this.fixtures.version(id)));
		assertThat(closed.status()).as(closed.body()).isEqualTo(200);
		assertThat((String) closed.read("$.state")).isEqualTo("CLOSED");
		assertThat((Boolean) closed.read("$.mayWrite")).isFalse();
		Answer afterClose = this.fixtures.patch(this.office, url, """
				{"title": "Đổi tên", "version": %d, "amendmentReason": "Thử"}""".formatted(this.fixtures.version(id)));
		assertThat(afterClose.status()).isEqualTo(422);
		assertThat((String) afterClose.read("$.detail")).contains("đã kết thúc");

		long audited = this.jdbc.sql("""
				select count(*) from audit_event where entity_type like 'Programme%' and unit_id = :unit""")
			.param("unit", this.tree.root())
			.query(Long.class)
			.single();
		assertThat(audited).as("create, area, task, indicator, activity, adopt, 2 amendments + 2 changes, close")
			.isGreaterThanOrEqualTo(11);
	}

	@Test
	void everyBadValueIsRefusedOnItsFieldAndNothingIsWritten() throws Exception {
		long id = this.fixtures.programme(this.office, this.tree.root(), 2026);
		long area = this.fixtures.area(this.office, id, "Lĩnh vực");
		long task = this.fixtures.task(this.office, id, area, "Nhiệm vụ", null);
		String activities = "/api/v1/programmes/%d/activities".formatted(id);
		String indicators = "/api/v1/programmes/%d/indicators".formatted(id);

		refused(this.fixtures.post(this.office, activities, activity(id, task, "2025-12-31", this.tree.cell())), 422,
				"dueOn", "trước ngày bắt đầu chương trình (01/01/2026)");
		refused(this.fixtures.post(this.office, activities, activity(id, task, "2027-01-01", this.tree.cell())), 422,
				"dueOn", "sau ngày kết thúc chương trình (31/12/2026)");
		long otherTree = this.fixtures.committee("cây khác").cell();
		refused(this.fixtures.post(this.office, activities, activity(id, task, "2026-05-05", otherTree)), 422,
				"ownerUnitIds", "không thuộc");
		refused(this.fixtures.post(this.office, indicators, indicator(id, task, "PERCENT", "120")), 422, "target",
				"từ 0 đến 100");
		refused(this.fixtures.post(this.office, indicators, indicator(id, task, "PERCENT", "\"nhiều\"")), 400, "target",
				null);
		refused(this.fixtures.post(this.office, indicators, indicator(id, task, "YES_NO", "2")), 422, "target",
				"1 (có) hoặc 0");
		refused(this.fixtures.post(this.office, indicators, indicator(id, task, "COUNT", "2.5")), 422, "target",
				"số nguyên");
		refused(this.fixtures.post(this.office, activities, activity(id, task, "2026-05-05", this.tree.cell())
			.replace("\"version\": " + this.fixtures.version(id), "\"version\": " + (this.fixtures.version(id) - 1))),
				409, "version", "vừa được người khác sửa");
		refused(this.fixtures.post(this.office, activities, activity(id, task, "2026-05-05", this.tree.cell())
			.replace(", \"version\": " + this.fixtures.version(id), "")), 422, "version", "Phiên bản");
		refused(this.fixtures.post(this.office, "/api/v1/programmes", """
				{"unitId": %d, "kind": "UNION_ANNUAL", "title": "Sai loại", "periodKind": "YEAR",
				 "startsOn": "2026-01-01", "endsOn": "2026-12-31"}""".formatted(this.tree.root())), 422, "unitId",
				"không lập được loại chương trình này");
		refused(this.fixtures.post(this.office, "/api/v1/programmes", """
				{"unitId": %d, "kind": "PARTY_ANNUAL", "title": "Nửa năm", "periodKind": "YEAR",
				 "startsOn": "2026-01-01", "endsOn": "2026-06-30"}""".formatted(this.tree.root())), 422, "endsOn",
				"01/01 đến 31/12");
		refused(this.fixtures.post(this.office, "/api/v1/programmes", """
				{"unitId": %d, "kind": "RESOLUTION_ACTION", "title": "Hành động", "periodKind": "TERM",
				 "startsOn": "2026-01-01", "endsOn": "2030-12-31"}""".formatted(this.tree.root())), 422,
				"resolutionDocumentId", "Nghị quyết thực hiện");
		assertThat(this.fixtures.count("select count(*) from programme_activity where programme_id = :id", id))
			.isZero();
		assertThat(this.fixtures.count(
				"select count(*) from programme_indicator i join programme_task t on t.id = i.task_id where t.programme_id = :id",
				id))
			.isZero();

		Answer monthly = this.fixtures.post(this.office, activities, """
				{"taskId": %d, "title": "Báo cáo tháng", "dueOn": "2026-12-05", "duePrecision": "MONTH",
				 "version": %d}""".formatted(task, this.fixtures.version(id)));
		assertThat(monthly.status()).as(monthly.body()).isEqualTo(201);
		assertThat((String) monthly.read("$.areas[0].tasks[0].activities[0].dueOn")).isEqualTo("2026-12-31");
	}

	@Test
	void aTaskConcretisesOnlyATaskAboveAndNeverMakesACycle() throws Exception {
		long parentProgramme = this.fixtures.programme(this.office, this.tree.root(), 2026);
		long parentArea = this.fixtures.area(this.office, parentProgramme, "Lĩnh vực cấp trên");
		long parentTask = this.fixtures.task(this.office, parentProgramme, parentArea, "Nhiệm vụ cấp trên", null);
		long meeting = meeting("2026-01-06");
		this.fixtures.adopt(this.office, parentProgramme, meeting, "2026-01-12");

		Caller secretary = this.tree.secretary();
		long cellProgramme = this.fixtures.programme(secretary, this.tree.cell(), 2026);
		long cellArea = this.fixtures.area(secretary, cellProgramme, "Lĩnh vực chi bộ");
		long cellTask = this.fixtures.task(secretary, cellProgramme, cellArea, "Cụ thể hóa", parentTask);
		Answer cell = this.fixtures.get(secretary, "/api/v1/programmes/" + cellProgramme);
		assertThat((String) cell.read("$.areas[0].tasks[0].parentTask")).contains("Nhiệm vụ cấp trên");

		// the committee's task cannot concretise the cell's (a unit below), nor itself
		Answer below = this.fixtures.patch(this.office,
				"/api/v1/programmes/%d/tasks/%d".formatted(parentProgramme, parentTask), """
						{"parentTaskId": %d, "version": %d, "amendmentReason": "Thử liên kết ngược"}"""
					.formatted(cellTask, this.fixtures.version(parentProgramme)));
		refused(below, 422, "parentTaskId", null);
		Answer self = this.fixtures
			.patch(this.office, "/api/v1/programmes/%d/tasks/%d".formatted(cellProgramme, cellTask), """
					{"parentTaskId": %d, "version": %d}""".formatted(cellTask, this.fixtures.version(cellProgramme)));
		refused(self, 422, "parentTaskId", "vòng lặp");
		Answer sibling = this.fixtures.post(this.tree.otherSecretary(), "/api/v1/programmes", """
				{"unitId": %d, "kind": "PARTY_ANNUAL", "title": "Chi bộ khác", "periodKind": "YEAR",
				 "startsOn": "2026-01-01", "endsOn": "2026-12-31"}""".formatted(this.tree.otherCell()));
		long siblingProgramme = sibling.id();
		long siblingArea = this.fixtures.area(this.tree.otherSecretary(), siblingProgramme, "Lĩnh vực");
		Answer acrossCells = this.fixtures.post(this.tree.otherSecretary(),
				"/api/v1/programmes/%d/tasks".formatted(siblingProgramme), """
						{"areaId": %d, "title": "Sai", "parentTaskId": %d, "version": %d}""".formatted(siblingArea,
						cellTask, this.fixtures.version(siblingProgramme)));
		refused(acrossCells, 422, "parentTaskId", null);
		assertThat(this.fixtures.count("select count(*) from programme_task where parent_task_id = :id", cellTask))
			.isZero();

		// the database holds the rule too
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.jdbc.sql("update programme_task set parent_task_id = :c where id = :p")
				.param("c", cellTask)
				.param("p", parentTask)
				.update())
			.hasMessageContaining("must be a task in a programme of a unit above");
	}

	@Test
	void aSecretarySeesTheCommitteesAdoptedProgrammeButWritesOnlyTheCells() throws Exception {
		long committee = this.fixtures.programme(this.office, this.tree.root(), 2026);
		Caller secretary = this.tree.secretary();
		assertThat(this.fixtures.get(secretary, "/api/v1/programmes/" + committee).status())
			.as("a draft above is not seen")
			.isEqualTo(404);
		long meeting = meeting("2026-01-07");
		this.fixtures.adopt(this.office, committee, meeting, "2026-01-15");
		Answer seen = this.fixtures.get(secretary, "/api/v1/programmes/" + committee);
		assertThat(seen.status()).isEqualTo(200);
		assertThat((Boolean) seen.read("$.mayWrite")).isFalse();
		Answer write = this.fixtures.post(secretary, "/api/v1/programmes/%d/areas".formatted(committee), """
				{"title": "Chen", "version": %d, "amendmentReason": "Thử"}"""
			.formatted(this.fixtures.version(committee)));
		assertThat(write.status()).isEqualTo(403);
		assertThat(this.fixtures.count("select count(*) from programme_area where programme_id = :id", committee))
			.isZero();

		long own = this.fixtures.programme(secretary, this.tree.cell(), 2026);
		assertThat(this.fixtures.get(this.tree.otherSecretary(), "/api/v1/programmes/" + own).status())
			.as("another cell's programme")
			.isEqualTo(404);
		assertThat(
				this.fixtures.get(this.tree.otherSecretary(), "/api/v1/programmes?unit=" + this.tree.cell()).status())
			.isEqualTo(404);
		Answer list = this.fixtures.get(secretary, "/api/v1/programmes?year=2026&size=500");
		assertThat((List<Integer>) list.read("$.items[*].id")).contains((int) committee, (int) own);
		Answer other = this.fixtures.get(this.tree.otherSecretary(), "/api/v1/programmes?year=2026&size=500");
		assertThat((List<Integer>) other.read("$.items[*].id")).contains((int) committee).doesNotContain((int) own);
		Answer union = this.fixtures.post(
				TestCallers.withRole(vn.dangvu.platform.security.Role.UNION_OFFICER, this.tree.root()),
				"/api/v1/programmes/%d/areas".formatted(own), """
						{"title": "Chen", "version": %d}""".formatted(this.fixtures.version(own)));
		assertThat(union.status()).as("a union officer does not write a Party programme").isEqualTo(403);
	}

	@Test
	void theCountsOfAReviewComeThroughTheFace() throws Exception {
		long id = this.fixtures.programme(this.office, this.tree.root(), 2026);
		long area = this.fixtures.area(this.office, id, "Lĩnh vực đếm");
		long task = this.fixtures.task(this.office, id, area, "Nhiệm vụ đếm", null);
		long late = this.fixtures.activity(this.office, id, task, "Quá hạn", "2026-03-31", this.tree.cell());
		long done = this.fixtures.activity(this.office, id, task, "Đã xong", "2026-04-30", this.tree.cell());
		this.fixtures.activity(this.office, id, task, "Còn hạn", "2026-10-31", this.tree.cell());
		this.jdbc.sql("update programme_activity_owner set status = 'DONE', percent = 100 where activity_id = :id")
			.param("id", done)
			.update();
		Answer counts = this.fixtures.get(this.office, "/api/v1/programmes/%d/counts?asOf=2026-06-20".formatted(id));
		assertThat((Integer) counts.read("$.areas[0].total")).isEqualTo(3);
		assertThat((Integer) counts.read("$.areas[0].done")).isEqualTo(1);
		assertThat((Integer) counts.read("$.areas[0].overdue")).isEqualTo(1);
		assertThat(late).isPositive();
	}

	private String activity(long id, long task, String due, long owner) {
		return """
				{"taskId": %d, "title": "Hoạt động", "dueOn": "%s", "ownerUnitIds": [%d], "version": %d}"""
			.formatted(task, due, owner, this.fixtures.version(id));
	}

	private String indicator(long id, long task, String kind, String target) {
		return """
				{"taskId": %d, "name": "Chỉ tiêu", "kind": "%s", "target": %s, "version": %d}""".formatted(task, kind,
				target, this.fixtures.version(id));
	}

	private String dueOn(long activity) {
		return this.jdbc.sql("select due_on::text from programme_activity where id = :id")
			.param("id", activity)
			.query(String.class)
			.single();
	}

	static void refused(Answer answer, int status, String field, String text) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		assertThat((List<String>) answer.read("$.errors[*].field")).as(answer.body()).contains(field);
		if (text != null) {
			assertThat((String) answer.read("$.detail")).contains(text);
		}
	}

}
