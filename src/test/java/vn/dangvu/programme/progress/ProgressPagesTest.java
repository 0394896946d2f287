package vn.dangvu.programme.progress;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.programme.ProgrammeTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The progress pages: the rule stated in words, a secretary's own rows with the update
 * form, a record and a refused one shown on the form, the board with its XLSX, the charts
 * with their data tables, and an indicator's values.
 */
@IntegrationTest
class ProgressPagesTest extends ProgrammeTestBase {

	long programme;

	long activity;

	long indicator;

	ProgressPagesTest() {
		super("trang tiến độ");
	}

	@BeforeEach
	void adoptedProgramme() throws Exception {
		this.programme = this.fixtures.programme(this.office, this.tree.root(), 2026);
		long area = this.fixtures.area(this.office, this.programme, "Xây dựng Đảng");
		long task = this.fixtures.task(this.office, this.programme, area, "Sinh hoạt chi bộ", null);
		this.fixtures.task(this.office, this.programme, area, "Nhiệm vụ còn trống", null);
		this.activity = this.fixtures.activity(this.office, this.programme, task, "Sơ kết 6 tháng", "2026-09-30",
				this.tree.cell());
		this.indicator = countIndicator(this.programme, task);
		long meeting = meeting("2026-01-05");
		this.fixtures.adopt(this.office, this.programme, meeting, "2026-01-10");
	}

	String page(Caller caller, String url) throws Exception {
		MockHttpServletResponse r = this.mvc.perform(get(url).with(TestCallers.as(caller))).andReturn().getResponse();
		assertThat(r.getStatus()).as(url).isEqualTo(200);
		return r.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aSecretaryUpdatesProgressFromTheProgrammePage() throws Exception {
		Caller secretary = this.tree.secretary();
		assertThat(page(secretary, "/programmes/" + this.programme))
			.contains("/programmes/" + this.programme + "/progress");
		String progress = page(secretary, "/programmes/" + this.programme + "/progress");
		assertThat(progress).contains("Mỗi hoạt động có trọng số bằng nhau")
			.contains("Sơ kết 6 tháng")
			.contains("Cập nhật tiến độ")
			.contains("chưa có hoạt động");
		String formUrl = "/programmes/%d/activities/%d/progress?unit=%d".formatted(this.programme, this.activity,
				this.tree.cell());
		String form = page(secretary, formUrl);
		assertThat(form).contains("id=\"progress-form\"").contains("Chưa có báo cáo tiến độ nào");
		// "Đã xong" fills the percent with 100, "Chưa bắt đầu" with 0; the row not
		// started
		// leaves it blank
		assertThat(form.split("data-sets-field=\"percent\"", -1)).hasSize(3);
		assertThat(form).contains("data-sets-value=\"100\"").contains("data-sets-value=\"0\"");
		assertThat(form).containsPattern("<input(?=[^>]*id=\"percent\")(?=[^>]*value=\"\")[^>]*>");
		MockHttpServletResponse wrong = this.mvc
			.perform(post("/programmes/{id}/activities/{a}/progress", this.programme, this.activity)
				.param("unitId", Long.toString(this.tree.cell()))
				.param("status", "DONE")
				.param("percent", "60")
				.param("version", "0")
				.with(TestCallers.as(secretary))
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(wrong.getStatus()).isEqualTo(422);
		assertThat(wrong.getContentAsString(StandardCharsets.UTF_8)).contains("hoạt động đã xong là 100%");
		MockHttpServletResponse ok = this.mvc
			.perform(post("/programmes/{id}/activities/{a}/progress", this.programme, this.activity)
				.param("unitId", Long.toString(this.tree.cell()))
				.param("status", "IN_PROGRESS")
				.param("percent", "40")
				.param("note", "Đã xây dựng đề cương")
				.param("fileRef", "de-cuong.pdf")
				.param("version", "0")
				.with(TestCallers.as(secretary))
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(ok.getStatus()).isEqualTo(302);
		String after = page(secretary, formUrl);
		assertThat(after).contains("Đã xây dựng đề cương").contains("de-cuong.pdf").contains("Đang thực hiện 40%");
		// another cell's secretary has no form for this row
		assertThat(this.mvc.perform(get(formUrl).with(TestCallers.as(this.tree.otherSecretary())))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void theBoardChartsAndValuesShowTheirFigures() throws Exception {
		Caller office = this.tree.office();
		assertThat(page(office, "/programmes/" + this.programme + "/progress"))
			.contains("Mỗi hoạt động có trọng số bằng nhau")
			.contains("Sơ kết 6 tháng");
		String board = page(office, "/programmes/" + this.programme + "/board");
		assertThat(board).contains("Sinh hoạt chi bộ").contains("Đúng tiến độ 1").contains("chưa có hoạt động");
		assertThat(board.split("Đúng tiến độ 1", -1)).as("the task's all-units cell and its cell's column").hasSize(3);
		MockHttpServletResponse sheet = this.mvc
			.perform(get("/programmes/{id}/board.xlsx", this.programme).with(TestCallers.as(office)))
			.andReturn()
			.getResponse();
		assertThat(sheet.getStatus()).isEqualTo(200);
		assertThat(sheet.getContentType()).contains("spreadsheetml");
		assertThat(sheet.getContentAsByteArray()).startsWith(new byte[] { 'P', 'K' });
		String values = "/programmes/%d/indicators/%d/values".formatted(this.programme, this.indicator);
		MockHttpServletResponse recorded = this.mvc
			.perform(post(values).param("period", "QUARTER")
				.param("number", "2")
				.param("year", "2026")
				.param("value", "12")
				.with(TestCallers.as(office))
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(recorded.getStatus()).isEqualTo(302);
		MockHttpServletResponse wrong = this.mvc
			.perform(post(values).param("period", "QUARTER")
				.param("number", "2")
				.param("year", "2026")
				.param("value", "1,5")
				.with(TestCallers.as(office))
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(wrong.getStatus()).isEqualTo(422);
		assertThat(wrong.getContentAsString(StandardCharsets.UTF_8)).contains("số nguyên không âm");
		assertThat(page(office, values)).contains("01/04/2026 – 30/06/2026");
		String charts = page(office, "/programmes/" + this.programme + "/charts");
		assertThat(charts).contains("timeline-0").contains("indicators-chart").contains("40%").contains("Bảng số liệu");
	}

}
