package vn.dangvu.directive;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.membership.MassFixtures;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.testkit.FormRequests.multipartForm;
import static vn.dangvu.testkit.FormRequests.postForm;
import static vn.dangvu.testkit.JsonRequests.postJson;
import static vn.dangvu.testkit.PageText.bodyContains;

/**
 * The registry pages: register with prefill, duplicate link, board, export, obligations,
 * study.
 */
@IntegrationTest
class DirectivePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	/** A refused form shown again (200) with its error alert. */
	static final ResultMatcher RESHOWN_WITH_AN_ALERT = (result) -> {
		status().isOk().match(result);
		content().string(containsString("alert-danger")).match(result);
	};

	DirectiveFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new DirectiveFixtures(this.mvc, this.jdbc);
	}

	@Test
	void theFormRegistersWithAnAttachmentAndShowsADuplicateWithALink() throws Exception {
		Caller office = this.fixtures.branches("đăng ký", 1).rootOffice();
		int n = 8000 + (int) (System.nanoTime() % 900);
		this.mvc
			.perform(get("/directives/new").param("citation", n + "-HD/BTCTW")
				.param("date", "2024-05-02")
				.param("issuerName", "Ban Tổ chức Trung ương")
				.with(TestCallers.as(office)))
			.andExpect(status().isOk())
			.andExpect(bodyContains("value=\"" + n + "-HD/BTCTW\"", "value=\"02/05/2024\""));
		MockMultipartFile pdf = new MockMultipartFile("files", "huong-dan.pdf", "application/pdf",
				"%PDF-1.4 test".getBytes());
		MockMultipartFile txt = new MockMultipartFile("fullTextFile", "toan-van.txt", "text/plain",
				"Hướng dẫn thực hiện quy chế dân chủ".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		String location = this.mvc
			.perform(multipart("/directives/new").file(pdf)
				.file(txt)
				.param("citation", n + "-HD/BTCTW")
				.param("issueDate", "2024-05-02")
				.param("summary", "Hướng dẫn công tác tổ chức")
				.with(TestCallers.as(office))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/directives/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String page = this.mvc.perform(get(location).with(TestCallers.as(office)))
			.andExpect(status().isOk())
			.andExpect(bodyContains("huong-dan.pdf", "Hướng dẫn thực hiện quy chế dân chủ"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(n + "-HD/BTCTW");
		this.mvc.perform(get(location + "/edit").with(TestCallers.as(office))).andExpect(status().isOk());
		this.mvc
			.perform(postForm(office, location + "/edit", "summary", "Hướng dẫn công tác tổ chức xây dựng Đảng",
					"termId", "", "effectiveOn", "2024-05-10", "fullText", "Toàn văn mới về kết nạp đảng viên"))
			.andExpect(redirectedUrlPattern("/directives/*"));
		this.mvc.perform(get("/directives").param("q", "ket nap dang vien").with(TestCallers.as(office)))
			.andExpect(content().string(containsString(n + "-HD/BTCTW")));
		this.mvc.perform(postForm(office, location + "/edit", "summary", "", "effectiveOn", "2020-01-01"))
			.andExpect(RESHOWN_WITH_AN_ALERT);
		this.mvc
			.perform(multipartForm(office, "/directives/new", "citation", n + "-HD/BTCTW", "issueDate", "2024-05-02",
					"summary", "Lần hai"))
			.andExpect(status().isOk())
			.andExpect(bodyContains("id=\"duplicate-link\"", "href=\"" + location + "\""));
		// an executable is refused
		this.mvc
			.perform(multipart(location + "/attachments")
				.file(new MockMultipartFile("file", "virus.pdf", "application/pdf", "MZ....".getBytes()))
				.with(TestCallers.as(office))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attributeExists("attachError"));
		this.mvc.perform(get("/directives").param("q", "huong dan cong tac to chuc").with(TestCallers.as(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(n + "-HD/BTCTW")));
	}

	@Test
	void theBoardExportAndObligationsPagesShowACascade() throws Exception {
		DirectiveFixtures.Branches units = this.fixtures.branches("bảng theo dõi", 8);
		long kvxi = units.branch();
		Caller office = units.rootOffice();
		int n = 8000 + (int) (System.nanoTime() % 900) + 1;
		String json = this.mvc.perform(postJson(office, "/api/v1/directives", """
				{"citation": "%d-CT/TW", "issueDate": "2024-02-02", "summary": "Chỉ thị thử bảng"}""".formatted(n)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(json, "$.id")).longValue();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		this.mvc
			.perform(postForm(office, "/directives/" + id + "/assign", "allCellsUnder", String.valueOf(kvxi),
					"assignedOn", today.minusDays(30).toString(), "DISSEMINATE.on", "1", "DISSEMINATE.mode", "days",
					"DISSEMINATE.value", "5"))
			.andExpect(redirectedUrlPattern("/directives/*/tracking"));
		this.mvc.perform(get("/directives/" + id + "/tracking").with(TestCallers.as(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-status=\"OVERDUE\"")));
		byte[] xlsx = this.mvc.perform(get("/directives/" + id + "/tracking.xlsx").with(TestCallers.as(office)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(wb.getSheetAt(0).getLastRowNum()).isGreaterThanOrEqualTo(3 + 7);
		}
		long cauTreo = units.cell(0);
		this.mvc
			.perform(get("/units/" + cauTreo + "/obligations")
				.with(TestCallers.as(TestCallers.withRole(Role.CELL_SECRETARY, cauTreo))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(n + "-CT/TW")));
		this.mvc
			.perform(postForm(TestCallers.withRole(Role.CELL_SECRETARY, cauTreo),
					"/directives/" + id + "/units/" + cauTreo + "/actions/DISSEMINATE", "doneOn",
					today.minusDays(1).toString(), "present", "10", "total", "12"))
			.andExpect(redirectedUrlPattern("/directives/*/units/*"));
		this.mvc
			.perform(get("/directives/" + id + "/units/" + cauTreo)
				.with(TestCallers.as(TestCallers.withRole(Role.CELL_SECRETARY, cauTreo))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-status=\"DONE_LATE\"")));
		long duc = new MassFixtures(this.jdbc).person("Lê Thử Nghiệm", LocalDate.of(1985, 4, 2), cauTreo, cauTreo, null,
				null);
		this.mvc.perform(get("/directives/study").with(TestCallers.as(TestCallers.member(duc))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(n + "-CT/TW")));
		this.mvc.perform(get("/directives/issuers").with(TestCallers.as(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ban Bí thư")));
		this.mvc.perform(get("/directives/" + id).with(TestCallers.as(office))).andExpect(status().isOk());
		this.mvc.perform(get("/directives/" + id + "/assign").with(TestCallers.as(office))).andExpect(status().isOk());
	}

	@Test
	void garbageOnTheDirectivePagesIsNeverA500() throws Exception {
		Caller office = this.fixtures.branches("rác", 1).rootOffice();
		for (String url : new String[] { "/directives?page=abc&type=PLANET&year=abc&status=X&issuer=abc&sort=zzz",
				"/directives?page=-4&year=99999", "/directives/new?date=2025-02-30&citation=%25%25&issuerName=x",
				"/directives/study", "/directives/issuers" }) {
			this.mvc.perform(get(url).with(TestCallers.as(office))).andExpect(status().isOk());
		}
		for (String url : new String[] { "/directives/abc", "/directives/99999999", "/directives/9223372036854775808",
				"/directives/99999999/tracking", "/directives/99999999/tracking.xlsx", "/directives/99999999/assign",
				"/units/abc/obligations", "/units/99999999/obligations", "/directives/issuers/99999999",
				"/directives/99999999/attachments/1" }) {
			this.mvc.perform(get(url).with(TestCallers.as(office))).andExpect(status().isNotFound());
		}
		this.mvc
			.perform(multipartForm(office, "/directives/new", "citation", "???", "type", "PLANET", "issueDate",
					"2025-02-30", "issuerId", "abc", "termId", "x", "summary", "x".repeat(5000)))
			.andExpect(RESHOWN_WITH_AN_ALERT);
		this.mvc
			.perform(multipartForm(office, "/directives/new", "citation", "5-KH/TW", "issueDate", "2024-01-01",
					"summary", "x".repeat(5000)))
			.andExpect(RESHOWN_WITH_AN_ALERT);
		long doc = this.fixtures.directive(office, "Chỉ thị nhận rác").id();
		this.mvc
			.perform(post("/directives/" + doc + "/assign").param("unitIds", "abc", "99999999")
				.param("allCellsUnder", "x")
				.param("DISSEMINATE.on", "1")
				.param("DISSEMINATE.mode", "days")
				.param("DISSEMINATE.value", "-4")
				.with(TestCallers.as(office))
				.with(csrf()))
			.andExpect(RESHOWN_WITH_AN_ALERT);
		this.mvc
			.perform(postForm(office, "/directives/" + doc + "/assign", "unitIds", "99999999", "PLAN.on", "1",
					"PLAN.mode", "days", "PLAN.value", "4"))
			.andExpect(RESHOWN_WITH_AN_ALERT);
		this.mvc.perform(postForm(office, "/directives/" + doc + "/links", "kind", "PLANET", "citation", "abc"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(postForm(office, "/directives/issuers", "code", "!!", "fullName", "", "level", "PLANET"))
			.andExpect(RESHOWN_WITH_AN_ALERT);
		// a member may not register, assign or edit issuers
		Caller member = TestCallers.member(1);
		this.mvc.perform(get("/directives/new").with(TestCallers.as(member))).andExpect(status().isForbidden());
		this.mvc.perform(postForm(member, "/directives/issuers", "code", "X", "fullName", "X", "level", "STATE"))
			.andExpect(status().isForbidden());
	}

}
