package vn.dangvu.programme.progress;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import vn.dangvu.IntegrationTest;
import vn.dangvu.meeting.MeetingFixtures;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.programme.ProgrammeTestBase;
import vn.dangvu.programme.ProgrammeFixtures.Answer;
import vn.dangvu.testkit.Races;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangvu.programme.ProgrammeFixtures.postJson;

/**
 * Progress through the API on the real database (decision 0272): an owner's record is
 * appended to the history and copied onto its owner row in one transaction, refused whole
 * when wrong, scoped to the units the caller holds, and one of two identical records sent
 * at once wins; indicator values are checked against their kind; the board counts by task
 * and unit.
 */
@IntegrationTest
class ProgressApiTest extends ProgrammeTestBase {

	long meeting;

	long programme;

	long task;

	long activity;

	long indicator;

	ProgressApiTest() {
		super("tiến độ");
	}

	@BeforeEach
	void adoptedProgramme() throws Exception {
		this.meeting = meeting("2026-01-05");
		this.programme = this.fixtures.programme(this.office, this.tree.root(), 2026);
		long area = this.fixtures.area(this.office, this.programme, "Xây dựng Đảng");
		this.task = this.fixtures.task(this.office, this.programme, area, "Sinh hoạt chi bộ", null);
		Answer a = this.fixtures.post(this.office, "/api/v1/programmes/%d/activities".formatted(this.programme),
				"""
						{"taskId": %d, "title": "Sơ kết 6 tháng", "dueOn": "2026-06-30", "ownerUnitIds": [%d, %d], "version": %d}"""
					.formatted(this.task, this.tree.cell(), this.tree.otherCell(),
							this.fixtures.version(this.programme)));
		assertThat(a.status()).as(a.body()).isEqualTo(201);
		this.activity = this.jdbc.sql("select max(id) from programme_activity where programme_id = :p")
			.param("p", this.programme)
			.query(Long.class)
			.single();
		this.indicator = countIndicator(this.programme, this.task);
	}

	String url() {
		return "/api/v1/activities/%d/progress".formatted(this.activity);
	}

	Answer progress(Caller caller, String json) throws Exception {
		return this.fixtures.post(caller, url(), json);
	}

	int ownerVersion(long unit) {
		return this.jdbc.sql("select version from programme_activity_owner where activity_id = :a and unit_id = :u")
			.param("a", this.activity)
			.param("u", unit)
			.query(Integer.class)
			.single();
	}

	@Test
	void aSecretaryRecordsProgressWithHistoryAndTheOwnerRowFollows() throws Exception {
		this.fixtures.adopt(this.office, this.programme, this.meeting, "2026-01-10");
		Caller secretary = this.tree.secretary();
		Answer first = progress(secretary,
				"""
						{"unitId": %d, "status": "IN_PROGRESS", "percent": 40, "note": "Đã họp chuẩn bị", "fileRef": "bien-ban-so-ket.pdf", "version": 0}"""
					.formatted(this.tree.cell()));
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat((Integer) first.read("$.version")).isEqualTo(1);
		Answer done = progress(secretary, """
				{"unitId": %d, "done": true, "meetingId": %d, "version": 1}""".formatted(this.tree.cell(),
				this.meeting));
		assertThat(done.status()).as(done.body()).isEqualTo(201);
		assertThat((Integer) done.read("$.percent")).isEqualTo(100);
		assertThat((String) done.read("$.status")).isEqualTo("DONE");
		Answer history = this.fixtures.get(secretary, url() + "?unit=" + this.tree.cell());
		assertThat(history.status()).as(history.body()).isEqualTo(200);
		assertThat((List<String>) history.read("$.history[*].status")).containsExactly("DONE", "IN_PROGRESS");
		assertThat((List<String>) history.read("$.history[*].evidenceKind")).containsExactly("MEETING", "FILE");
		assertThat((List<Integer>) history.read("$.owners[*].percent")).containsExactly(100);
		assertThat(this.fixtures.count(
				"select count(*) from audit_event where entity_type = 'ProgrammeActivityOwner' and action = 'PROGRESS' and entity_id = :id || '/"
						+ this.tree.cell() + "'",
				this.activity))
			.isEqualTo(2);
		// the office sees both owners, the other cell still at 0 %
		Answer all = this.fixtures.get(this.office, url());
		assertThat((List<Integer>) all.read("$.owners[*].percent")).containsExactlyInAnyOrder(100, 0);
		// the roll-up: one owner done, one at 0 %: 50 %; due 30/06, 10 days ahead, behind
		// the time: at risk
		Answer rollUp = this.fixtures.get(this.office, "/api/v1/programmes/%d/rollup".formatted(this.programme));
		assertThat((Integer) rollUp.read("$.programme.percent")).isEqualTo(50);
		assertThat((Integer) rollUp.read("$.programme.counts.done")).isEqualTo(1);
		assertThat((Integer) rollUp.read("$.programme.counts.atRisk")).isEqualTo(1);
		Answer mine = this.fixtures.get(secretary,
				"/api/v1/programmes/%d/rollup?unit=%d".formatted(this.programme, this.tree.cell()));
		assertThat((Integer) mine.read("$.programme.percent")).isEqualTo(100);
	}

	@Test
	void wrongRecordsAreRefusedWholeAndNothingIsWritten() throws Exception {
		long cell = this.tree.cell();
		Caller secretary = this.tree.secretary();
		// a draft is unseen below the committee; its office is told it is a draft
		assertThat(progress(secretary,
				"{\"unitId\": %d, \"status\": \"IN_PROGRESS\", \"percent\": 10, \"version\": 0}".formatted(cell))
			.status()).isEqualTo(404);
		refused(progress(this.office,
				"{\"unitId\": %d, \"status\": \"IN_PROGRESS\", \"percent\": 10, \"version\": 0}".formatted(cell)), 422,
				"state", "dự thảo");
		this.fixtures.adopt(this.office, this.programme, this.meeting, "2026-01-10");
		refused(progress(secretary,
				"{\"unitId\": %d, \"status\": \"IN_PROGRESS\", \"percent\": 101, \"version\": 0}".formatted(cell)), 422,
				"percent", "từ 0 đến 100");
		refused(progress(secretary,
				"{\"unitId\": %d, \"status\": \"DONE\", \"percent\": 80, \"version\": 0}".formatted(cell)), 422,
				"percent", "100%");
		refused(progress(secretary, "{\"unitId\": %d, \"status\": \"IN_PROGRESS\", \"version\": 0}".formatted(cell)),
				422, "percent", null);
		refused(progress(secretary, "{\"unitId\": %d, \"status\": \"IN_PROGRESS\", \"percent\": 10}".formatted(cell)),
				422, "version", null);
		refused(progress(secretary,
				"{\"unitId\": %d, \"status\": \"IN_PROGRESS\", \"percent\": 10, \"documentId\": 99999999, \"version\": 0}"
					.formatted(cell)),
				422, "documentId", null);
		refused(progress(this.office, "{\"unitId\": %d, \"status\": \"IN_PROGRESS\", \"percent\": 10, \"version\": 0}"
			.formatted(this.tree.root())), 422, "unitId", "không phải đơn vị chủ trì");
		Answer stale = progress(secretary,
				"{\"unitId\": %d, \"status\": \"IN_PROGRESS\", \"percent\": 10, \"version\": 3}".formatted(cell));
		assertThat(stale.status()).as(stale.body()).isEqualTo(409);
		Answer notFound = this.fixtures.post(secretary, "/api/v1/activities/99999999/progress",
				"{\"unitId\": %d, \"status\": \"DONE\", \"version\": 0}".formatted(cell));
		assertThat(notFound.status()).isEqualTo(404);
		assertThat(
				this.fixtures.count("select count(*) from programme_progress where activity_id = :id", this.activity))
			.isZero();
		assertThat(ownerVersion(cell)).isZero();
		// closed: no more progress
		Answer closed = this.fixtures.post(this.office, "/api/v1/programmes/%d/close".formatted(this.programme),
				"{\"closedOn\": \"2026-06-20\", \"version\": %d}".formatted(this.fixtures.version(this.programme)));
		assertThat(closed.status()).as(closed.body()).isEqualTo(200);
		refused(progress(secretary, "{\"unitId\": %d, \"status\": \"DONE\", \"version\": 0}".formatted(cell)), 422,
				"state", "kết thúc");
	}

	@Test
	void aSecretaryCannotRecordForAnotherCellAndAnotherBranchSeesNothing() throws Exception {
		this.fixtures.adopt(this.office, this.programme, this.meeting, "2026-01-10");
		Answer other = progress(this.tree.otherSecretary(),
				"{\"unitId\": %d, \"status\": \"DONE\", \"version\": 0}".formatted(this.tree.cell()));
		assertThat(other.status()).as(other.body()).isEqualTo(403);
		Answer otherHistory = this.fixtures.get(this.tree.otherSecretary(), url() + "?unit=" + this.tree.cell());
		assertThat(otherHistory.status()).isEqualTo(404);
		MeetingFixtures.Cell stranger = this.fixtures.committee("nhánh khác");
		Answer foreign = progress(stranger.office(),
				"{\"unitId\": %d, \"status\": \"DONE\", \"version\": 0}".formatted(this.tree.cell()));
		assertThat(foreign.status()).as(foreign.body()).isEqualTo(404);
		assertThat(this.fixtures.get(stranger.office(), url()).status()).isEqualTo(404);
		assertThat(
				this.fixtures.get(stranger.office(), "/api/v1/programmes/%d/board".formatted(this.programme)).status())
			.isEqualTo(404);
		assertThat(
				this.fixtures.count("select count(*) from programme_progress where activity_id = :id", this.activity))
			.isZero();
		// the other cell's secretary sees only the other cell's row
		Answer own = this.fixtures.get(this.tree.otherSecretary(), url());
		assertThat((List<Integer>) own.read("$.owners[*].unitId")).containsExactly((int) this.tree.otherCell());
	}

	@Test
	void twoIdenticalRecordsAtTheSameInstantRecordOnce() throws Exception {
		this.fixtures.adopt(this.office, this.programme, this.meeting, "2026-01-10");
		Caller secretary = this.tree.secretary();
		Races.rounds((round) -> {
			int version = ownerVersion(this.tree.cell());
			String body = "{\"unitId\": %d, \"status\": \"IN_PROGRESS\", \"percent\": %d, \"version\": %d}"
				.formatted(this.tree.cell(), 10 + round, version);
			List<MvcResult> results = Races.atOnce(() -> this.mvc.perform(postJson(secretary, url(), body)).andReturn(),
					() -> this.mvc.perform(postJson(secretary, url(), body)).andReturn());
			assertThat(Races.statuses(results)).as("round %d", round).containsExactly(201, 409);
			assertThat(Races.problemDetail(results, 409)).contains("vừa được người khác báo cáo");
			assertThat(ownerVersion(this.tree.cell())).isEqualTo(version + 1);
			assertThat(this.fixtures.count(
					"select count(*) from programme_progress where activity_id = :id and unit_id = " + this.tree.cell(),
					this.activity))
				.as("round %d", round)
				.isEqualTo(version + 1);
		});
	}

	@Test
	void indicatorValuesAreCheckedAgainstTheirKindAndKeptByPeriod() throws Exception {
		String values = "/api/v1/programmes/%d/indicators/%d/values".formatted(this.programme, this.indicator);
		refused(this.fixtures.post(this.office, values,
				"{\"period\": \"QUARTER\", \"year\": 2026, \"number\": 1, \"value\": 5}"), 422, "state", "dự thảo");
		this.fixtures.adopt(this.office, this.programme, this.meeting, "2026-01-10");
		Answer q1 = this.fixtures.post(this.office, values,
				"{\"period\": \"QUARTER\", \"year\": 2026, \"number\": 1, \"value\": 5, \"note\": \"Quý I\"}");
		assertThat(q1.status()).as(q1.body()).isEqualTo(201);
		Answer q2 = this.fixtures.post(this.office, values,
				"{\"period\": \"QUARTER\", \"year\": 2026, \"number\": 2, \"value\": 12}");
		assertThat(((List<Number>) q2.read("$[*].value")).stream().map(Number::intValue)).containsExactly(12, 5);
		assertThat((List<String>) q2.read("$[*].periodEnd")).containsExactly("2026-06-30", "2026-03-31");
		refused(this.fixtures.post(this.office, values,
				"{\"period\": \"QUARTER\", \"year\": 2026, \"number\": 3, \"value\": 2.5}"), 422, "value", "số nguyên");
		refused(this.fixtures.post(this.office, values,
				"{\"period\": \"QUARTER\", \"year\": 2026, \"number\": 3, \"value\": -1}"), 422, "value", null);
		refused(this.fixtures.post(this.office, values,
				"{\"period\": \"QUARTER\", \"year\": 2026, \"number\": 5, \"value\": 1}"), 422, "number", null);
		refused(this.fixtures.post(this.office, values,
				"{\"period\": \"MONTH\", \"year\": 2027, \"number\": 1, \"value\": 1}"), 422, "year", null);
		Answer secretary = this.fixtures.post(this.tree.secretary(), values,
				"{\"period\": \"MONTH\", \"year\": 2026, \"number\": 1, \"value\": 1}");
		assertThat(secretary.status()).as(secretary.body()).isEqualTo(403);
		assertThat(this.fixtures.count("select count(*) from programme_indicator_value where indicator_id = :id",
				this.indicator))
			.isEqualTo(2);
		assertThat(this.fixtures.get(this.tree.secretary(), values).status()).isEqualTo(200);
	}

	@Test
	void theBoardCountsByTaskAndUnit() throws Exception {
		long area2 = this.fixtures.area(this.office, this.programme, "Công tác dân vận");
		long empty = this.fixtures.task(this.office, this.programme, area2, "Nhiệm vụ chưa có hoạt động", null);
		this.fixtures.activity(this.office, this.programme, this.task, "Báo cáo quý I", "2026-03-31", this.tree.cell());
		this.fixtures.adopt(this.office, this.programme, this.meeting, "2026-01-10");
		Answer done = progress(this.tree.otherSecretary(),
				"{\"unitId\": %d, \"status\": \"DONE\", \"version\": 0}".formatted(this.tree.otherCell()));
		assertThat(done.status()).as(done.body()).isEqualTo(201);
		Answer board = this.fixtures.get(this.office, "/api/v1/programmes/%d/board".formatted(this.programme));
		assertThat(board.status()).as(board.body()).isEqualTo(200);
		assertThat((Integer) board.read("$.unitTotal")).isEqualTo(2);
		List<Integer> units = board.read("$.units[*].id");
		int cellColumn = units.indexOf((int) this.tree.cell());
		int otherColumn = units.indexOf((int) this.tree.otherCell());
		// the task: cell has one overdue (31/03) and one at risk (30/06); the other cell
		// is done
		assertThat((Integer) board.read("$.areas[0].tasks[0].figures.counts.overdue")).isEqualTo(1);
		assertThat((Integer) board.read("$.areas[0].tasks[0].figures.counts.atRisk")).isEqualTo(1);
		assertThat((Integer) board.read("$.areas[0].tasks[0].figures.counts.done")).isEqualTo(1);
		assertThat((Integer) board.read("$.areas[0].tasks[0].cells[" + cellColumn + "].counts.overdue")).isEqualTo(1);
		assertThat((Integer) board.read("$.areas[0].tasks[0].cells[" + otherColumn + "].counts.done")).isEqualTo(1);
		assertThat((Integer) board.read("$.units[" + otherColumn + "].figures.percent")).isEqualTo(100);
		assertThat((Integer) board.read("$.units[" + cellColumn + "].figures.percent")).isZero();
		assertThat((Boolean) board.read("$.areas[1].tasks[0].figures.hasActivities")).isFalse();
		assertThat(((Number) board.read("$.areas[1].tasks[0].id")).longValue()).isEqualTo(empty);
		// a secretary sees only the own cell's column
		Answer own = this.fixtures.get(this.tree.secretary(), "/api/v1/programmes/%d/board".formatted(this.programme));
		assertThat((List<Integer>) own.read("$.units[*].id")).containsExactly((int) this.tree.cell());
		assertThat((Integer) own.read("$.areas[0].tasks[0].figures.counts.done")).isZero();
	}

	@SuppressWarnings("unchecked")
	static void refused(Answer answer, int status, String field, String text) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		assertThat((List<String>) answer.read("$.errors[*].field")).as(answer.body()).contains(field);
		if (text != null) {
			assertThat((String) answer.read("$.detail")).as(answer.body()).contains(text);
		}
	}

}
