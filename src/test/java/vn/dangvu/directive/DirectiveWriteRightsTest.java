package vn.dangvu.directive;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.testkit.JsonRequests.postJson;
import static vn.dangvu.testkit.PageText.okBody;

/**
 * Issue 9 item 9 and issue 8 items 6-7, as the demo users: seeing a document is not the
 * right to change it (edit, attach, links that change its status, removing links), pages
 * offer only what the caller may do, links to documents the caller may not open are plain
 * text, and union and youth officers see their own organisation's documents.
 */
@IntegrationTest
class DirectiveWriteRightsTest {

	static final AtomicInteger NUMBER = new AtomicInteger(8000 + (int) (System.nanoTime() % 1000));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long ct05;

	long kh448;

	long qd07;

	long cauTreo;

	Caller bithu;

	Caller dangvien;

	Caller vanphong;

	@BeforeEach
	void demo() {
		this.ct05 = doc("05-CT/TW");
		this.kh448 = doc("448-KH/ĐU");
		this.qd07 = doc("07/QĐ-CĐ");
		this.cauTreo = unit("CB-CAUTREO");
		this.bithu = new Caller(9101, "bithu.cautreo", "Bí thư Chi bộ Cầu Treo", Set.of(Role.CELL_SECRETARY),
				Set.of(this.cauTreo), person("Phan Đình Thắng"));
		this.dangvien = TestCallers.member(person("Nguyễn Văn Đức"));
		this.vanphong = TestCallers.withRole(Role.COMMITTEE_OFFICE, unit("DBCHQ"));
	}

	long doc(String citation) {
		return this.jdbc.sql("select min(id) from directive_document where citation = :c")
			.param("c", citation)
			.query(Long.class)
			.single();
	}

	long unit(String code) {
		return this.jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
	}

	long person(String name) {
		return this.jdbc.sql("select min(id) from person where full_name = :n")
			.param("n", name)
			.query(Long.class)
			.single();
	}

	String summaryOf(long id) {
		return this.jdbc.sql("select summary from directive_document where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	String statusOf(long id) throws Exception {
		String json = this.mvc.perform(get("/api/v1/directives/{id}", id).with(TestCallers.as(TestCallers.admin())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(json, "$.status");
	}

	/** The cell's own report, registered by the cell secretary with the cell as owner. */
	long cellReport() throws Exception {
		long issuer = this.jdbc.sql("select id from directive_issuer where unit_id = :u and code = 'ĐU'")
			.param("u", unit("DB-KVXI"))
			.query(Long.class)
			.single();
		String json = this.mvc
			.perform(postJson(this.bithu, "/api/v1/directives",
					"""
							{"citation": "%d-BC/ĐU", "issuerId": %d, "issueDate": "2025-06-02", "ownerUnitId": %d,
							 "summary": "Báo cáo kết quả quán triệt Chỉ thị 05-CT/TW"}"""
						.formatted(NUMBER.incrementAndGet(), issuer, this.cauTreo)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	String page(Caller caller, long id) throws Exception {
		return this.mvc.perform(get("/directives/{id}", id).with(TestCallers.as(caller)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void aCellSecretaryCannotReplaceAmendEditAttachToOrUnlinkACentralDirective() throws Exception {
		long report = cellReport();
		String summary = summaryOf(this.ct05);

		for (String kind : new String[] { "REPLACES", "AMENDS" }) {
			this.mvc
				.perform(post("/api/v1/directives/{id}/links", report).with(TestCallers.as(this.bithu))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"toId\": " + this.ct05 + ", \"kind\": \"" + kind + "\"}"))
				.andExpect(status().isForbidden());
		}
		assertThat(statusOf(this.ct05)).isEqualTo("IN_FORCE");
		// the page form goes through the same check
		this.mvc
			.perform(post("/directives/{id}/links", report).with(TestCallers.as(this.bithu))
				.with(csrf())
				.param("kind", "REPLACES")
				.param("citation", "05-CT/TW"))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(this.ct05)).isEqualTo("IN_FORCE");

		this.mvc
			.perform(post("/directives/{id}/edit", this.ct05).with(TestCallers.as(this.bithu))
				.with(csrf())
				.param("summary", "Đã bị chi bộ sửa"))
			.andExpect(status().isForbidden());
		assertThat(summaryOf(this.ct05)).isEqualTo(summary);

		long link = this.jdbc.sql("select id from directive_link where from_id = :f and to_id = :t")
			.param("f", this.kh448)
			.param("t", this.ct05)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/directives/{id}/links/{link}/delete", this.ct05, link).with(TestCallers.as(this.bithu))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select count(*) from directive_link where id = :id")
			.param("id", link)
			.query(Long.class)
			.single()).isEqualTo(1);

		long files = this.jdbc.sql("select count(*) from directive_attachment where document_id = :d")
			.param("d", this.ct05)
			.query(Long.class)
			.single();
		this.mvc
			.perform(multipart("/directives/{id}/attachments", this.ct05)
				.file(new MockMultipartFile("file", "x.pdf", "application/pdf", "%PDF-1.4 x".getBytes()))
				.with(TestCallers.as(this.bithu))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select count(*) from directive_attachment where document_id = :d")
			.param("d", this.ct05)
			.query(Long.class)
			.single()).isEqualTo(files);
	}

	@Test
	void aCellSecretaryStillLinksItsOwnReportAsImplementingTheDirective() throws Exception {
		long report = cellReport();
		this.mvc
			.perform(post("/api/v1/directives/{id}/links", report).with(TestCallers.as(this.bithu))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"toId\": " + this.ct05 + ", \"kind\": \"IMPLEMENTS\"}"))
			.andExpect(status().isOk());
		String own = page(this.bithu, report);
		assertThat(own).contains("/directives/" + report + "/edit")
			.contains("action=\"/directives/" + report + "/links\"")
			.contains("/links/");
	}

	@Test
	void theDirectivePageOffersACellSecretaryNoChangeAndTheEditFormIsRefused() throws Exception {
		String html = page(this.bithu, this.ct05);
		assertThat(html).doesNotContain("/directives/" + this.ct05 + "/edit")
			.doesNotContain("action=\"/directives/" + this.ct05 + "/links\"")
			.doesNotContain("/delete\"")
			.doesNotContain("action=\"/directives/" + this.ct05 + "/attachments\"");
		this.mvc.perform(get("/directives/{id}/edit", this.ct05).with(TestCallers.as(this.bithu)))
			.andExpect(status().isForbidden());

		String owner = page(this.vanphong, this.ct05);
		assertThat(owner).contains("/directives/" + this.ct05 + "/edit").contains("/delete\"");
		this.mvc.perform(get("/directives/{id}/edit", this.ct05).with(TestCallers.as(this.vanphong)))
			.andExpect(status().isOk());
	}

	@Test
	void aLinkToADocumentTheReaderMayNotOpenIsPlainText() throws Exception {
		String href = "href=\"/directives/" + this.kh448 + "\"";
		this.mvc.perform(get("/directives/{id}", this.kh448).with(TestCallers.as(this.dangvien)))
			.andExpect(status().isNotFound());
		assertThat(page(this.dangvien, this.ct05)).contains("448-KH/ĐU").doesNotContain(href);
		assertThat(page(this.bithu, this.ct05)).contains(href);
	}

	@Test
	void unionOfficersSeeTheirUnionsDecisionsAndNoPartyMembershipMenu() throws Exception {
		Caller congdoan = TestCallers.withRole(Role.UNION_OFFICER, unit("CD-CUC"));
		String list = okBody(this.mvc.perform(get("/directives").with(TestCallers.as(congdoan))));
		assertThat(list).contains("07/QĐ-CĐ")
			.contains("href=\"/membership/union\"")
			.doesNotContain("href=\"/membership\"");
		assertThat(page(congdoan, this.qd07)).contains("12/QĐ-CĐ").doesNotContain("/directives/" + this.qd07 + "/edit");
		this.mvc.perform(get("/directives/{id}", this.ct05).with(TestCallers.as(congdoan)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/membership").with(TestCallers.as(congdoan)))
			.andExpect(redirectedUrl("/membership/union"));
	}

	@Test
	void youthOfficersSeeTheirYouthUnionsDocuments() throws Exception {
		Caller doanthanhnien = TestCallers.withRole(Role.YOUTH_OFFICER, unit("DTN-CUC"));
		int n = NUMBER.incrementAndGet();
		long issuer = this.jdbc.sql("""
				insert into directive_issuer (code, full_name, level, style, unit_id, search_text)
				values ('ĐTN', :name, 'MASS_ORG', 'STATE', :u, 'dtn') returning id""")
			.param("name", "Đoàn Thanh niên Cục Hải quan " + n)
			.param("u", unit("DTN-CUC"))
			.query(Long.class)
			.single();
		String json = this.mvc.perform(postJson(TestCallers.admin(), "/api/v1/directives", """
				{"citation": "%d/KH-ĐTN", "issuerId": %d, "issueDate": "2025-03-26",
				 "summary": "Kế hoạch tháng Thanh niên"}""".formatted(n, issuer)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long plan = ((Number) JsonPath.read(json, "$.id")).longValue();
		this.mvc.perform(get("/directives/{id}", plan).with(TestCallers.as(doanthanhnien))).andExpect(status().isOk());
		String list = this.mvc.perform(get("/directives").with(TestCallers.as(doanthanhnien)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains(n + "/KH-ĐTN")
			.contains("href=\"/membership/youth\"")
			.doesNotContain("href=\"/membership\"");
	}

}
