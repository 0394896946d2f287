package vn.dangvu.meeting;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.testkit.Races;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.meeting.MeetingFixtures.patchJson;
import static vn.dangvu.meeting.MeetingFixtures.postJson;
import static vn.dangvu.meeting.MeetingFixtures.record;

/**
 * A committee's own score sheet, "today" being 20/06/2026: in force for its cells from
 * its day (meetings before keep the sheet of their day), refused whole on bad input, made
 * by the office above only, once per unit and day even when sent twice at once.
 */
@IntegrationTest
class ScoreSheetEditingTest extends MeetingTestBase {

	ScoreSheetEditingTest() {
		super("phiếu");
	}

	String sheet(Long unit, String from, String bands, String criteria) {
		return """
				{"unitId": %s, "validFrom": "%s", "name": "Phiếu chấm của Đảng ủy thử", "source": "Hướng dẫn 01-HD/ĐU",
				 %s, "criteria": [%s]}""".formatted(unit, from, bands, criteria);
	}

	static final String BANDS = "\"goodMin\": 80, \"fairMin\": 60, \"averageMin\": 40";

	static final String TWO = """
			{"code": "ATTENDANCE", "labelVi": "Dự họp trên 80%", "points": 50, "autoCheck": "ATTENDANCE", "threshold": 80,
			 "mustFull": true},
			{"code": "DURATION", "labelVi": "Họp ít nhất 60 phút", "points": 50, "autoCheck": "DURATION", "threshold": 60}""";

	long sheets() {
		return this.jdbc.sql("select count(*) from meeting_score_sheet").query(Long.class).single();
	}

	@Test
	void aCommitteesSheetScoresItsCellsFromItsDayAndEarlierMeetingsKeepTheirs() throws Exception {
		long before = this.fixtures.meeting(this.cell, "REGULAR", "2026-06-15");
		String created = this.mvc
			.perform(postJson(this.cell.office(), "/api/v1/meetings/score-sheets",
					sheet(this.cell.root(), "2026-06-21", BANDS, TWO)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.sheet.maximum").value(100))
			.andExpect(jsonPath("$.criteria", hasSize(2)))
			.andExpect(jsonPath("$.criteria[1].labelEn").value("Họp ít nhất 60 phút"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		long sheetId = ((Number) JsonPath.read(created, "$.sheet.id")).longValue();
		this.clock.setToday(LocalDate.of(2026, 6, 26));
		long after = this.fixtures.meeting(this.cell, "REGULAR", "2026-06-25");
		this.mvc
			.perform(patchJson(this.cell.secretary(), "/api/v1/meetings/" + after, record(this.cell, "15:10", "", "")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.score.sheetId").value(sheetId))
			.andExpect(jsonPath("$.score.lines", hasSize(2)))
			.andExpect(jsonPath("$.score.lines[1].points").value(50.0));
		this.mvc
			.perform(patchJson(this.cell.secretary(), "/api/v1/meetings/" + before, record(this.cell, "15:10", "", "")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.score.lines", hasSize(11)));
		// the cell's secretary sees the sheet that bears on the cell; another tree's
		// office does not
		this.mvc.perform(get("/api/v1/meetings/score-sheets/" + sheetId).with(TestCallers.as(this.cell.secretary())))
			.andExpect(status().isOk());
		MeetingFixtures.Cell other = this.fixtures.cell("phiếu khác");
		this.mvc.perform(get("/api/v1/meetings/score-sheets/" + sheetId).with(TestCallers.as(other.office())))
			.andExpect(status().isNotFound());
	}

	@Test
	void badSheetsAreRefusedWholeWithTheFieldNamed() throws Exception {
		long count = sheets();
		Caller office = this.cell.office();
		Object[][] cases = { { sheet(this.cell.root(), "2026-06-19", BANDS, TWO), "validFrom" },
				{ sheet(this.cell.root(), "2026-07-01", "\"goodMin\": 80, \"fairMin\": 80, \"averageMin\": 40", TWO),
						"fairMin" },
				{ sheet(this.cell.root(), "2026-07-01", "\"goodMin\": 120, \"fairMin\": 60, \"averageMin\": 40", TWO),
						"goodMin" },
				{ sheet(this.cell.root(), "2026-07-01", BANDS,
						TWO.replace("\"code\": \"DURATION\"", "\"code\": \"ATTENDANCE\"")), "criteria[1].code" },
				{ sheet(this.cell.root(), "2026-07-01", BANDS, TWO.replace("\"threshold\": 60", "\"threshold\": null")),
						"criteria[1].threshold" },
				{ sheet(this.cell.root(), "2026-07-01", BANDS,
						TWO.replace("\"points\": 50, \"autoCheck\": \"DURATION\"",
								"\"points\": -5, \"autoCheck\": \"DURATION\"")),
						"criteria[1].points" },
				{ sheet(this.cell.root(), "2026-07-01", BANDS,
						TWO.replace("\"autoCheck\": \"DURATION\"", "\"autoCheck\": \"WEATHER\"")),
						"criteria[1].autoCheck" },
				{ sheet(this.cell.root(), "2026-07-01", BANDS, ""), "criteria" },
				{ sheet(null, "2026-07-01", BANDS, TWO), "unitId" },
				{ sheet(this.cell.cell(), "2026-07-01", BANDS, TWO), "unitId" },
				{ sheet(this.fixtures.cell("ngoài").root(), "2026-07-01", BANDS, TWO), "unitId" } };
		for (Object[] c : cases) {
			this.mvc.perform(postJson(office, "/api/v1/meetings/score-sheets", (String) c[0]))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value(c[1]));
		}
		this.mvc
			.perform(postJson(this.cell.secretary(), "/api/v1/meetings/score-sheets",
					sheet(this.cell.root(), "2026-07-01", BANDS, TWO)))
			.andExpect(status().isForbidden());
		assertThat(sheets()).as("nothing written").isEqualTo(count);
	}

	@Test
	void oneSheetSentTwiceAtOnceIsWrittenOnce() throws Exception {
		Races.rounds((round) -> {
			String body = sheet(this.cell.root(), LocalDate.of(2026, 7, round).toString(), BANDS, TWO);
			List<MvcResult> results = Races.atOnce(
					() -> this.mvc.perform(postJson(this.cell.office(), "/api/v1/meetings/score-sheets", body))
						.andReturn(),
					() -> this.mvc.perform(postJson(this.cell.office(), "/api/v1/meetings/score-sheets", body))
						.andReturn());
			assertThat(Races.statuses(results)).as("round %d", round).containsExactly(201, 409);
		});
	}

	@Test
	void theOfficeStartsFromACopyOnScreenAndARefusalKeepsWhatWasTyped() throws Exception {
		Caller office = this.cell.office();
		String list = page(office, "/meetings/score-sheets");
		assertThat(list).contains("Phiếu chấm chất lượng sinh hoạt chi bộ (mặc định)")
			.contains("/meetings/score-sheets/new");
		String form = page(office, "/meetings/score-sheets/new");
		assertThat(form).contains("value=\"ATTENDANCE\"").contains("id=\"code_13\"").doesNotContain("id=\"code_14\"");
		MvcResult refused = this.mvc
			.perform(post("/meetings/score-sheets").with(TestCallers.as(office))
				.with(csrf())
				.param("unitId", String.valueOf(this.cell.root()))
				.param("validFrom", "01/07/2026")
				.param("name", "Phiếu gõ tay")
				.param("source", "")
				.param("goodMin", "80")
				.param("fairMin", "60")
				.param("averageMin", "40")
				.param("code_0", "ATTENDANCE")
				.param("labelVi_0", "Dự họp đông")
				.param("points_0", "100")
				.param("autoCheck_0", "ATTENDANCE")
				.param("threshold_0", "80")
				.param("code_1", ""))
			.andReturn();
		String reshown = refused.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(reshown).contains("sheetErrors")
			.contains("Trường này là bắt buộc")
			.contains("value=\"Phiếu gõ tay\"");
		this.mvc
			.perform(post("/meetings/score-sheets").with(TestCallers.as(office))
				.with(csrf())
				.param("unitId", String.valueOf(this.cell.root()))
				.param("validFrom", "01/07/2026")
				.param("name", "Phiếu gõ tay")
				.param("source", "Hướng dẫn 02-HD/ĐU")
				.param("goodMin", "80")
				.param("fairMin", "60")
				.param("averageMin", "40")
				.param("code_0", "attendance")
				.param("labelVi_0", "Dự họp đông")
				.param("points_0", "100")
				.param("autoCheck_0", "ATTENDANCE")
				.param("threshold_0", "80")
				.param("code_1", ""))
			.andExpect(status().is3xxRedirection());
		assertThat(page(office, "/meetings/score-sheets")).contains("Phiếu gõ tay").contains("01/07/2026");
		this.mvc.perform(get("/meetings/score-sheets/new").with(TestCallers.as(this.cell.secretary())))
			.andExpect(status().isForbidden());
		assertThat(page(this.cell.secretary(), "/meetings/score-sheets")).doesNotContain("/meetings/score-sheets/new");
	}

	private String page(Caller caller, String url) throws Exception {
		return this.mvc.perform(get(url).with(TestCallers.as(caller)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
