package vn.dangvu.meeting;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.testkit.Races;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.meeting.MeetingFixtures.patchJson;
import static vn.dangvu.meeting.MeetingFixtures.postJson;
import static vn.dangvu.meeting.MeetingFixtures.record;
import static vn.dangvu.meeting.MeetingFixtures.withReason;

/**
 * The minutes of a meeting through the API and the pages (decision 0226): only a held
 * meeting has them, only whoever sees the meeting downloads them, whoever may record it
 * signs them; after the signature a change needs a reason and is the next version, the
 * earlier ones kept; of two signers one wins.
 */
@IntegrationTest
class MeetingMinutesTest extends MeetingTestBase {

	MeetingMinutesTest() {
		super("biên bản");
	}

	long held(String day) throws Exception {
		long id = this.fixtures.meeting(this.cell, "REGULAR", day);
		this.mvc.perform(patchJson(this.cell.secretary(), "/api/v1/meetings/" + id, record(this.cell, "16:00", "", "")))
			.andExpect(status().isOk());
		return id;
	}

	int version(long id) {
		return this.jdbc.sql("select version from meeting where id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	int minutesVersions(long id) {
		return this.jdbc.sql("select count(*) from meeting_minutes_version where meeting_id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	/** The text of the DOCX of the minutes (a version, or the current one). */
	String docx(Caller caller, String url) throws Exception {
		MvcResult res = this.mvc.perform(get(url).with(TestCallers.as(caller))).andExpect(status().isOk()).andReturn();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(res.getResponse().getContentAsByteArray()));
				XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
			return text.getText();
		}
	}

	@Test
	void signingLocksTheMinutesAndEachChangeAfterItIsTheNextVersionWithItsReason() throws Exception {
		long id = held("2026-06-05");
		String api = "/api/v1/meetings/" + id;
		this.mvc.perform(get(api).with(TestCallers.as(this.cell.secretary())))
			.andExpect(jsonPath("$.maySign").value(true))
			.andExpect(jsonPath("$.minutesVersions", hasSize(0)));
		// unsigned, the minutes are a draft from the record
		assertThat(docx(this.cell.secretary(), api + "/minutes.docx")).contains("kết thúc hồi 16 giờ 00");

		int read = version(id);
		this.mvc
			.perform(postJson(this.cell.secretary(), api + "/minutes/signature", "{\"version\": %d}".formatted(read)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", api + "/minutes.pdf?version=1"))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.reason").doesNotExist());
		assertThat(version(id)).isEqualTo(read + 1);
		this.mvc.perform(get(api).with(TestCallers.as(this.cell.secretary())))
			.andExpect(jsonPath("$.maySign").value(false))
			.andExpect(jsonPath("$.minutesVersions", hasSize(1)));

		// a change without a reason is refused, nothing written
		this.mvc
			.perform(patchJson(this.cell.secretary(), api,
					"{\"version\": %d, ".formatted(version(id)) + record(this.cell, "16:30", "", "").substring(1)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(content().string(containsString("lý do")));
		assertThat(version(id)).isEqualTo(read + 1);
		assertThat(minutesVersions(id)).isEqualTo(1);
		assertThat(this.jdbc.sql("select held_to::text from meeting where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("16:00:00");

		// with a reason it is version 2, signed by whoever changed it; version 1 is kept
		this.mvc
			.perform(patchJson(this.cell.office(), api, "{\"version\": %d, ".formatted(version(id))
					+ withReason(record(this.cell, "16:30", "", ""), "Ghi lại giờ kết thúc cho đúng").substring(1)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.minutesVersions", hasSize(2)))
			.andExpect(jsonPath("$.minutesVersions[1].version").value(2))
			.andExpect(jsonPath("$.minutesVersions[1].reason").value("Ghi lại giờ kết thúc cho đúng"))
			.andExpect(jsonPath("$.minutesVersions[1].signedBy").value(this.cell.office().username()));
		assertThat(docx(this.cell.secretary(), api + "/minutes.docx?version=1")).contains("kết thúc hồi 16 giờ 00")
			.doesNotContain("16 giờ 30");
		assertThat(docx(this.cell.secretary(), api + "/minutes.docx?version=2")).contains("kết thúc hồi 16 giờ 30");
		assertThat(docx(this.cell.secretary(), api + "/minutes.docx")).contains("kết thúc hồi 16 giờ 30");
		MvcResult old = this.mvc
			.perform(get(api + "/minutes.pdf?version=1").with(TestCallers.as(this.cell.secretary())))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(old.getResponse().getHeader("Content-Disposition")).contains("phi%C3%AAn%20b%E1%BA%A3n%201");
		this.mvc.perform(get(api + "/minutes.pdf?version=3").with(TestCallers.as(this.cell.secretary())))
			.andExpect(status().isNotFound());

		// signing again is refused: the minutes are signed
		this.mvc.perform(postJson(this.cell.secretary(), api + "/minutes/signature", "{}"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("phiên bản 2")));

		// audited: the signature, and the change with its reason and minutes version
		assertThat(this.jdbc.sql("""
				select action || ':' || coalesce(after_state ->> 'minutesVersion', '-') || ':'
				       || coalesce(after_state ->> 'reason', '-')
				from audit_event where entity_type = 'Meeting' and entity_id = :id order by id""")
			.param("id", String.valueOf(id))
			.query(String.class)
			.list())
			.containsExactly("CREATE:-:-", "RECORD:-:-", "SIGN_MINUTES:1:-", "RECORD:2:Ghi lại giờ kết thúc cho đúng");
	}

	@Test
	void thePagesListTheVersionsSignAndAskForTheReason() throws Exception {
		long id = held("2026-06-05");
		this.mvc.perform(get("/meetings/" + id).with(TestCallers.as(this.cell.secretary())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/meetings/%d/minutes.pdf".formatted(id))))
			.andExpect(content().string(containsString("/meetings/%d/minutes.docx".formatted(id))))
			.andExpect(content().string(containsString("signMinutes")));
		MvcResult pdf = this.mvc
			.perform(get("/meetings/{id}/minutes.pdf", id).with(TestCallers.as(this.cell.secretary())))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(pdf.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
		assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII))
			.isEqualTo("%PDF-");
		// a member of the cell reads the minutes but does not sign them
		Caller member = TestCallers.member(this.cell.full().get(2));
		this.mvc.perform(get("/meetings/{id}/minutes.docx", id).with(TestCallers.as(member)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/meetings/" + id).with(TestCallers.as(member)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("signMinutes"))));
		this.mvc
			.perform(post("/meetings/{id}/minutes/sign", id).param("version", String.valueOf(version(id)))
				.with(TestCallers.as(member))
				.with(csrf()))
			.andExpect(status().isForbidden());

		this.mvc
			.perform(post("/meetings/{id}/minutes/sign", id).param("version", String.valueOf(version(id)))
				.with(TestCallers.as(this.cell.secretary()))
				.with(csrf()))
			.andExpect(redirectedUrl("/meetings/" + id + "#minutes"))
			.andExpect(flash().attribute("flashMessage", containsString("phiên bản 1")));
		// a second click is told, not signed twice
		this.mvc
			.perform(post("/meetings/{id}/minutes/sign", id).with(TestCallers.as(this.cell.secretary())).with(csrf()))
			.andExpect(redirectedUrl("/meetings/" + id + "#minutes"))
			.andExpect(flash().attribute("flashError", containsString("đã được")));
		assertThat(minutesVersions(id)).isEqualTo(1);

		// the record form now asks for the reason; without it the form says so
		this.mvc.perform(get("/meetings/{id}/record", id).with(TestCallers.as(this.cell.secretary())))
			.andExpect(content().string(containsString("amendReason")));
		this.mvc.perform(recordForm(id, null))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("phải ghi lý do sửa")));
		assertThat(minutesVersions(id)).isEqualTo(1);
		this.mvc.perform(recordForm(id, "Bổ sung ý kiến phát biểu")).andExpect(redirectedUrl("/meetings/" + id));
		assertThat(minutesVersions(id)).isEqualTo(2);
		this.mvc.perform(get("/meetings/" + id).with(TestCallers.as(this.cell.secretary())))
			.andExpect(content().string(containsString("minutesVersions")))
			.andExpect(content().string(containsString("Bổ sung ý kiến phát biểu")))
			.andExpect(content().string(containsString("/meetings/%d/minutes.pdf?version=1".formatted(id))))
			.andExpect(content().string(containsString("/meetings/%d/minutes.docx?version=2".formatted(id))));
		this.mvc.perform(get("/meetings/{id}/minutes.pdf?version=1", id).with(TestCallers.as(this.cell.secretary())))
			.andExpect(status().isOk());
	}

	org.springframework.test.web.servlet.RequestBuilder recordForm(long id, String reason) {
		var form = post("/meetings/{id}/record", id).with(TestCallers.as(this.cell.secretary()))
			.with(csrf())
			.param("version", String.valueOf(version(id)))
			.param("heldFrom", "14:00")
			.param("heldTo", "16:00")
			.param("chairId", String.valueOf(this.cell.full().get(0)))
			.param("secretaryId", String.valueOf(this.cell.full().get(1)))
			.param("title_0", "Đánh giá tháng")
			.param("notes_0", "Các đồng chí phát biểu")
			.param("resolution", "Chi bộ thống nhất nghị quyết tháng")
			.param("votesFor", "5");
		return (reason == null) ? form : form.param("reason", reason);
	}

	@Test
	void aMeetingNotHeldHasNoMinutesAndAnotherCellSeesNone() throws Exception {
		long planned = this.fixtures.meeting(this.cell, "REGULAR", "2026-06-25");
		String api = "/api/v1/meetings/" + planned;
		this.mvc.perform(get(api + "/minutes.pdf").with(TestCallers.as(this.cell.secretary())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("chưa được ghi nhận")));
		this.mvc.perform(get(api + "/minutes.docx").with(TestCallers.as(this.cell.secretary())))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(postJson(this.cell.secretary(), api + "/minutes/signature", "{}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("chưa có biên bản")));
		this.mvc.perform(get("/meetings/{id}/minutes.pdf", planned).with(TestCallers.as(this.cell.secretary())))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("chưa có biên bản")));
		this.mvc.perform(get("/meetings/" + planned).with(TestCallers.as(this.cell.secretary())))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("minutes.pdf"))));
		// a cancelled meeting has none either
		this.mvc.perform(postJson(this.cell.secretary(), api + "/cancellation", "{\"reason\": \"Trùng hội nghị\"}"))
			.andExpect(status().isOk());
		this.mvc.perform(get(api + "/minutes.pdf").with(TestCallers.as(this.cell.secretary())))
			.andExpect(status().isUnprocessableContent());

		// another cell's secretary: not found, whatever the request
		long id = held("2026-06-05");
		Caller other = this.cell.otherSecretary();
		for (String url : List.of("/api/v1/meetings/%d/minutes.pdf", "/api/v1/meetings/%d/minutes.docx",
				"/meetings/%d/minutes.pdf", "/meetings/%d/minutes.docx?version=1")) {
			this.mvc.perform(get(url.formatted(id)).with(TestCallers.as(other))).andExpect(status().isNotFound());
		}
		this.mvc.perform(postJson(other, "/api/v1/meetings/%d/minutes/signature".formatted(id), "{}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/meetings/{id}/minutes/sign", id).with(TestCallers.as(other)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(minutesVersions(id)).isZero();
		// the office of the committee above reads them
		this.mvc.perform(get("/api/v1/meetings/%d/minutes.pdf".formatted(id)).with(TestCallers.as(this.cell.office())))
			.andExpect(status().isOk());
	}

	@Test
	void ofTwoSigningAtOnceOneWinsAndTheOtherIsTold() throws Exception {
		Races.rounds((round) -> {
			long id = held(LocalDate.of(2026, 6, 1).plusDays(round).toString());
			String url = "/api/v1/meetings/%d/minutes/signature".formatted(id);
			String body = "{\"version\": %d}".formatted(version(id));
			List<MvcResult> results = Races.atOnce(
					() -> this.mvc.perform(postJson(this.cell.secretary(), url, body)).andReturn(),
					() -> this.mvc.perform(postJson(this.cell.office(), url, body)).andReturn());
			assertThat(Races.statuses(results)).as("round %d", round).containsExactly(201, 409);
			assertThat(Races.problemDetail(results, 409)).contains("đã được").contains("phiên bản 1");
			assertThat(minutesVersions(id)).isEqualTo(1);
			String winner = results.stream().filter((r) -> r.getResponse().getStatus() == 201).map((r) -> {
				try {
					return JsonPath.<String>read(r.getResponse().getContentAsString(), "$.signedBy");
				}
				catch (java.io.UnsupportedEncodingException ex) {
					throw new IllegalStateException(ex);
				}
			}).findFirst().orElseThrow();
			assertThat(this.jdbc.sql("select signed_by from meeting_minutes_version where meeting_id = :id")
				.param("id", id)
				.query(String.class)
				.single()).isEqualTo(winner);
		});
	}

}
