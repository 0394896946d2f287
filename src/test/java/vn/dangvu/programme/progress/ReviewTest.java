package vn.dangvu.programme.progress;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.IntegrationTest;
import vn.dangvu.SqlStatements;
import vn.dangvu.TestCallers;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.programme.IndicatorKind;
import vn.dangvu.programme.ProgrammeApi;
import vn.dangvu.programme.ProgrammeFixtures.Answer;
import vn.dangvu.programme.ProgrammeTestBase;
import vn.dangvu.programme.ProgrammeReview;
import vn.dangvu.programme.ProgrammeReview.Figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The review over a period (decision 0274) on a small built programme: due on the
 * period's last day and done on it, done the day after, done late, not yet due, an area
 * without activities, an indicator achieved exactly at its target and one whose latest
 * value in the period misses it; through {@link ProgrammeApi}, the JSON API, the page and
 * its XLSX, scoped to the caller.
 */
@IntegrationTest
class ReviewTest extends ProgrammeTestBase {

	static final LocalDate REVIEWED_ON = LocalDate.of(2026, 8, 15);

	@Autowired
	ProgrammeApi api;

	long programme;

	long buildArea;

	long emptyArea;

	ReviewTest() {
		super("sơ kết", REVIEWED_ON);
	}

	@BeforeEach
	void builtProgramme() throws Exception {
		Caller office = this.office;
		this.programme = this.fixtures.programme(office, this.tree.root(), 2026);
		this.buildArea = this.fixtures.area(office, this.programme, "Xây dựng Đảng");
		this.emptyArea = this.fixtures.area(office, this.programme, "Dân vận");
		long task = this.fixtures.task(office, this.programme, this.buildArea, "Sinh hoạt chi bộ", null);
		this.fixtures.task(office, this.programme, this.emptyArea, "Dân vận khéo", null);
		long onTime = this.fixtures.activity(office, this.programme, task, "Sơ kết 6 tháng đúng hạn", "2026-06-30",
				this.tree.cell());
		long nextDay = this.fixtures.activity(office, this.programme, task, "Báo cáo xong hôm sau", "2026-06-30",
				this.tree.cell());
		long late = this.fixtures.activity(office, this.programme, task, "Hội nghị quý I xong muộn", "2026-03-31",
				this.tree.cell());
		this.fixtures.activity(office, this.programme, task, "Kiểm tra quý III", "2026-09-30", this.tree.cell());
		long count = indicator(office, task, "Kết nạp đảng viên mới", IndicatorKind.COUNT, "30");
		long percent = indicator(office, task, "Tỷ lệ chi bộ sinh hoạt đều", IndicatorKind.PERCENT, "90");
		long meeting = meeting("2026-01-05");
		this.fixtures.adopt(office, this.programme, meeting, "2026-01-10");
		done(onTime, "2026-06-30 23:30");
		done(nextDay, "2026-07-01 00:10");
		done(late, "2026-04-10 09:00");
		value(office, count, "HALF", 1, "30");
		value(office, percent, "QUARTER", 1, "95");
		value(office, percent, "QUARTER", 2, "80");
	}

	long indicator(Caller office, long task, String name, IndicatorKind kind, String target) throws Exception {
		Answer a = this.fixtures.post(office, "/api/v1/programmes/%d/indicators".formatted(this.programme), """
				{"taskId": %d, "name": "%s", "kind": "%s", "target": %s, "version": %d}""".formatted(task, name, kind,
				target, this.fixtures.version(this.programme)));
		assertThat(a.status()).as(a.body()).isEqualTo(201);
		return this.jdbc.sql("select max(id) from programme_indicator where task_id = :t")
			.param("t", task)
			.query(Long.class)
			.single();
	}

	/**
	 * The cell reports the activity done; the record is dated (Vietnam time) as given.
	 */
	void done(long activity, String at) throws Exception {
		Answer a = this.fixtures.post(this.tree.secretary(), "/api/v1/activities/%d/progress".formatted(activity),
				"{\"unitId\": %d, \"status\": \"DONE\", \"version\": 0}".formatted(this.tree.cell()));
		assertThat(a.status()).as(a.body()).isEqualTo(201);
		this.jdbc
			.sql("update programme_progress set recorded_at = (:at)::timestamp at time zone 'Asia/Ho_Chi_Minh' "
					+ "where activity_id = :a")
			.param("at", at)
			.param("a", activity)
			.update();
		// the owner row as that record left it (V1005 keeps when it became done)
		this.jdbc.sql("""
				update programme_activity_owner
				set progress_at = (:at)::timestamp at time zone 'Asia/Ho_Chi_Minh',
				    done_since = (:at)::timestamp at time zone 'Asia/Ho_Chi_Minh'
				where activity_id = :a""").param("at", at).param("a", activity).update();
	}

	void value(Caller office, long indicator, String period, int number, String value) throws Exception {
		Answer a = this.fixtures.post(office,
				"/api/v1/programmes/%d/indicators/%d/values".formatted(this.programme, indicator),
				"{\"period\": \"%s\", \"year\": 2026, \"number\": %d, \"value\": %s}".formatted(period, number, value));
		assertThat(a.status()).as(a.body()).isEqualTo(201);
	}

	@Test
	void theFirstHalfCountsDueOnItsLastDayDoneLateAndNotYetDue() {
		ProgrammeReview r = this.api.review(this.programme, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30),
				this.tree.office());
		// due: the three due by 30/06; done by 30/06: on time and the late one; late:
		// done
		// on 01/07 and done after its due day; open: due 30/09
		assertThat(r.total()).isEqualTo(new Figures(3, 2, 2, 2, 1));
		assertThat(r.areas()).hasSize(2);
		assertThat(r.areas().get(0).activities()).isEqualTo(new Figures(3, 2, 2, 2, 1));
		assertThat(r.areas().get(1).areaId()).isEqualTo(this.emptyArea);
		assertThat(r.areas().get(1).activities()).isEqualTo(Figures.NONE);
		assertThat(r.units()).singleElement().satisfies((u) -> {
			assertThat(u.unitId()).isEqualTo(this.tree.cell());
			assertThat(u.activities()).isEqualTo(new Figures(3, 2, 2, 2, 1));
		});
		assertThat(r.indicators()).hasSize(2);
		assertThat(r.indicators().get(0).actual()).isEqualByComparingTo("30");
		assertThat(r.indicators().get(0).achieved()).as("exactly at target").isTrue();
		assertThat(r.indicators().get(1).actual()).as("the latest value of the half").isEqualByComparingTo("80");
		assertThat(r.indicators().get(1).achieved()).isFalse();
		assertThat(r.areas().get(0).indicatorsAchieved()).isEqualTo(1);
		assertThat(r.summary()).isEqualTo(new ProgrammeReview.Summary(2, 3, 2, 2, 1, 1, 2));
		assertThat(r.lateAsOf()).isEqualTo(LocalDate.of(2026, 6, 30));
	}

	@Test
	void theSecondHalfRunningCountsTheNextDayAsDoneLateAndFutureDueAsOpen() {
		ProgrammeReview r = this.api.review(this.programme, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31),
				this.tree.office());
		assertThat(r.lateAsOf()).isEqualTo(REVIEWED_ON.minusDays(1));
		assertThat(r.total()).isEqualTo(new Figures(1, 0, 1, 1, 1));
		assertThat(r.indicators()).allSatisfy((i) -> {
			assertThat(i.actual()).isNull();
			assertThat(i.achieved()).isFalse();
		});
		// the first quarter alone: 95 % reaches 90 %
		ProgrammeReview q1 = this.api.review(this.programme, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31),
				this.tree.office());
		assertThat(q1.indicators().get(1).achieved()).isTrue();
		assertThat(q1.total()).isEqualTo(new Figures(1, 0, 0, 1, 3));
		// the programme's own period by default
		ProgrammeReview whole = this.api.review(this.programme, null, null, this.tree.office());
		assertThat(whole.from()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(whole.to()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(whole.total()).isEqualTo(new Figures(4, 3, 3, 2, 1));
	}

	@Test
	void anotherCellSeesTheAdoptedProgrammeButNoneOfItsRows() {
		ProgrammeReview r = this.api.review(this.programme, null, null, this.tree.otherSecretary());
		assertThat(r.total()).isEqualTo(Figures.NONE);
		assertThat(r.units()).isEmpty();
		assertThat(r.areas()).allSatisfy((a) -> assertThat(a.activities()).isEqualTo(Figures.NONE));
	}

	@Test
	void theApiAnswersTheRecordAndRefusesBadPeriods() throws Exception {
		Caller office = this.tree.office();
		Answer ok = this.fixtures.get(office,
				"/api/v1/programmes/%d/review?from=2026-01-01&to=2026-06-30".formatted(this.programme));
		assertThat(ok.status()).as(ok.body()).isEqualTo(200);
		assertThat(ok.<Integer>read("$.total.late")).isEqualTo(2);
		assertThat(ok.<Integer>read("$.summary.indicatorsAchieved")).isEqualTo(1);
		assertThat(ok.<Integer>read("$.indicatorsAchieved")).isEqualTo(1);
		assertThat(ok.<String>read("$.units[0].name")).isNotBlank();
		Answer reversed = this.fixtures.get(office,
				"/api/v1/programmes/%d/review?from=2026-07-01&to=2026-06-30".formatted(this.programme));
		assertThat(reversed.status()).isEqualTo(422);
		assertThat(reversed.<String>read("$.errors[0].field")).isEqualTo("from");
		Answer outside = this.fixtures.get(office,
				"/api/v1/programmes/%d/review?from=2025-01-01&to=2025-06-30".formatted(this.programme));
		assertThat(outside.status()).isEqualTo(422);
		assertThat(outside.body()).contains("nằm ngoài thời kỳ của chương trình");
		Answer malformed = this.fixtures.get(office,
				"/api/v1/programmes/%d/review?from=30/06/2026".formatted(this.programme));
		assertThat(malformed.status()).isBetween(400, 422);
		assertThat(malformed.body()).contains("from");
		assertThat(this.fixtures.get(this.tree.office(), "/api/v1/programmes/99999999/review").status()).isEqualTo(404);
	}

	@Test
	void thePageShowsThePeriodTotalsTablesAndBadgesAndItsSheet() throws Exception {
		Caller office = this.tree.office();
		assertThat(page(office, "/programmes/" + this.programme)).contains("/programmes/" + this.programme + "/review");
		String url = "/programmes/" + this.programme + "/review?from=01/01/2026&to=30/06/2026";
		String html = page(office, url);
		assertThat(html).contains("01/01/2026")
			.contains("30/06/2026")
			.contains("Đã xong 2/3 hoạt động đến hạn trong kỳ")
			.contains("đạt 1/2 chỉ tiêu")
			.contains("id=\"review-areas\"")
			.contains("Dân vận")
			.contains("id=\"review-units\"")
			.contains("Kết nạp đảng viên mới")
			.contains("Chưa đạt")
			.contains("6 tháng đầu năm 2026")
			.contains("6 tháng cuối năm 2026");
		assertThat(page(office, "/programmes/" + this.programme + "/review?sort=late"))
			.contains("aria-sort=\"descending\"");
		String empty = page(this.tree.otherSecretary(), "/programmes/" + this.programme + "/review");
		assertThat(empty).contains("Không có đơn vị chủ trì nào trong phạm vi của bạn");
		MockHttpServletResponse bad = this.mvc
			.perform(get("/programmes/{id}/review?from=31/02/2026", this.programme).with(TestCallers.as(office)))
			.andReturn()
			.getResponse();
		assertThat(bad.getStatus()).isEqualTo(422);
		assertThat(bad.getContentAsString(StandardCharsets.UTF_8)).contains("không phải là ngày")
			.contains("id=\"review-error\"")
			.contains("value=\"31/02/2026\"")
			.contains("is-invalid");
		MockHttpServletResponse outside = this.mvc
			.perform(get("/programmes/{id}/review?from=01/01/2025&to=30/06/2025", this.programme)
				.with(TestCallers.as(office)))
			.andReturn()
			.getResponse();
		assertThat(outside.getStatus()).isEqualTo(422);
		assertThat(outside.getContentAsString(StandardCharsets.UTF_8)).contains("nằm ngoài thời kỳ của chương trình");
		MockHttpServletResponse reversed = this.mvc
			.perform(get("/programmes/{id}/review?from=01/07/2026&to=30/06/2026", this.programme)
				.with(TestCallers.as(office)))
			.andReturn()
			.getResponse();
		assertThat(reversed.getStatus()).isEqualTo(422);
		MockHttpServletResponse sheet = this.mvc
			.perform(get("/programmes/{id}/review.xlsx?from=2026-01-01&to=2026-06-30", this.programme)
				.with(TestCallers.as(office)))
			.andReturn()
			.getResponse();
		assertThat(sheet.getStatus()).isEqualTo(200);
		assertThat(sheet.getContentType()).startsWith("application/vnd.openxmlformats");
		assertThat(sheet.getContentAsByteArray()).startsWith(new byte[] { 'P', 'K' });
	}

	@Test
	void thePageAsksAFewStatementsWhateverTheUnits() throws Exception {
		Caller office = this.tree.office();
		String url = "/programmes/" + this.programme + "/review";
		page(office, url);
		var counted = SqlStatements.during(() -> page(office, url));
		assertThat(counted.count()).as("%s", counted.statements()).isLessThanOrEqualTo(12);
	}

	String page(Caller caller, String url) throws Exception {
		MockHttpServletResponse r = this.mvc.perform(get(url).with(TestCallers.as(caller))).andReturn().getResponse();
		assertThat(r.getStatus()).as(url + " " + r.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
		return r.getContentAsString(StandardCharsets.UTF_8);
	}

}
