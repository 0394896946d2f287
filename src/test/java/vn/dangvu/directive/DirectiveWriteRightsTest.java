package vn.dangvu.directive;

import java.time.LocalDate;
import java.util.List;
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
import vn.dangvu.membership.MassFixtures;
import vn.dangvu.organisation.OrganisationFixtures;
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
 * Issue 9 item 9 and issue 8 items 6-7, as the officers and members of a tree of the
 * test's own: seeing a document is not the right to change it (edit, attach, links that
 * change its status, removing links), pages offer only what the caller may do, links to
 * documents the caller may not open are plain text, and union and youth officers see
 * their own organisation's documents.
 */
@IntegrationTest
class DirectiveWriteRightsTest {

	static final AtomicInteger NUMBER = new AtomicInteger(8000 + (int) (System.nanoTime() % 1000));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	/** The bloc's central directive, assigned to the cell. */
	DirectiveFixtures.Registered ct05;

	/** The branch's plan implementing it, not assigned to the cell. */
	DirectiveFixtures.Registered kh448;

	/** The union's decision replacing an older one. */
	DirectiveFixtures.Registered qd07;

	DirectiveFixtures.Registered qd12;

	DirectiveFixtures fixtures;

	DirectiveFixtures.Branches units;

	long cauTreo;

	/** The branch committee's issuer ({@code ĐU}). */
	long branchIssuer;

	long union;

	Caller bithu;

	Caller dangvien;

	Caller vanphong;

	@BeforeEach
	void ownTree() throws Exception {
		int n = DirectiveFixtures.number();
		this.fixtures = new DirectiveFixtures(this.mvc, this.jdbc);
		this.units = this.fixtures.branches("quyền sửa " + n, 1);
		this.cauTreo = this.units.cell(0);
		this.vanphong = this.units.rootOffice();
		MassFixtures people = new MassFixtures(this.jdbc);
		LocalDate born = LocalDate.of(1980, 3, 3);
		this.bithu = new Caller(9101, "bithu." + n, "Bí thư Chi bộ " + n, Set.of(Role.CELL_SECRETARY),
				Set.of(this.cauTreo), people.person("Phan Đình Thắng", born, this.cauTreo, this.cauTreo, null, null));
		this.dangvien = TestCallers
			.member(people.person("Lê Thử Nghiệm", born, this.cauTreo, this.cauTreo, null, null));

		this.ct05 = this.fixtures.directive(this.vanphong, "Chỉ thị về quán triệt");
		this.fixtures.assign(this.vanphong, this.ct05.id(), LocalDate.of(2024, 2, 1), 30, List.of(this.cauTreo));
		this.branchIssuer = this.fixtures.partyIssuer(this.units.branch(), "ĐU", "Đảng ủy quyền sửa " + n);
		this.kh448 = this.fixtures.register(this.units.branchOffice(), n + "-KH/ĐU", this.branchIssuer,
				"Kế hoạch thực hiện Chỉ thị");
		this.fixtures.link(this.units.branchOffice(), this.kh448.id(), this.ct05.id(), "IMPLEMENTS");

		this.union = new OrganisationFixtures(this.mvc).unit("TRADE_UNION", null, "Công đoàn quyền sửa " + n);
		long unionIssuer = this.fixtures.issuer(this.union, "CĐ", "Công đoàn quyền sửa " + n, "MASS_ORG", "STATE");
		this.qd12 = this.fixtures.register(TestCallers.admin(), n + "/QĐ-CĐ", unionIssuer, "Quy chế cũ");
		this.qd07 = this.fixtures.register(TestCallers.admin(), DirectiveFixtures.number() + "/QĐ-CĐ", unionIssuer,
				"Quy chế mới");
		this.fixtures.link(TestCallers.admin(), this.qd07.id(), this.qd12.id(), "REPLACES");
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
		long issuer = this.branchIssuer;
		String json = this.mvc
			.perform(postJson(this.bithu, "/api/v1/directives",
					"""
							{"citation": "%d-BC/ĐU", "issuerId": %d, "issueDate": "2025-06-02", "ownerUnitId": %d,
							 "summary": "Báo cáo kết quả quán triệt Chỉ thị"}""".formatted(NUMBER.incrementAndGet(),
							issuer, this.cauTreo)))
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
		String summary = summaryOf(this.ct05.id());

		for (String kind : new String[] { "REPLACES", "AMENDS" }) {
			this.mvc
				.perform(post("/api/v1/directives/{id}/links", report).with(TestCallers.as(this.bithu))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"toId\": " + this.ct05.id() + ", \"kind\": \"" + kind + "\"}"))
				.andExpect(status().isForbidden());
		}
		assertThat(statusOf(this.ct05.id())).isEqualTo("IN_FORCE");
		// the page form goes through the same check
		this.mvc
			.perform(post("/directives/{id}/links", report).with(TestCallers.as(this.bithu))
				.with(csrf())
				.param("kind", "REPLACES")
				.param("citation", this.ct05.citation()))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(this.ct05.id())).isEqualTo("IN_FORCE");

		this.mvc
			.perform(post("/directives/{id}/edit", this.ct05.id()).with(TestCallers.as(this.bithu))
				.with(csrf())
				.param("summary", "Đã bị chi bộ sửa"))
			.andExpect(status().isForbidden());
		assertThat(summaryOf(this.ct05.id())).isEqualTo(summary);

		long link = this.jdbc.sql("select id from directive_link where from_id = :f and to_id = :t")
			.param("f", this.kh448.id())
			.param("t", this.ct05.id())
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/directives/{id}/links/{link}/delete", this.ct05.id(), link).with(TestCallers.as(this.bithu))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select count(*) from directive_link where id = :id")
			.param("id", link)
			.query(Long.class)
			.single()).isEqualTo(1);

		long files = this.jdbc.sql("select count(*) from directive_attachment where document_id = :d")
			.param("d", this.ct05.id())
			.query(Long.class)
			.single();
		this.mvc
			.perform(multipart("/directives/{id}/attachments", this.ct05.id())
				.file(new MockMultipartFile("file", "x.pdf", "application/pdf", "%PDF-1.4 x".getBytes()))
				.with(TestCallers.as(this.bithu))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select count(*) from directive_attachment where document_id = :d")
			.param("d", this.ct05.id())
			.query(Long.class)
			.single()).isEqualTo(files);
	}

	@Test
	void aCellSecretaryStillLinksItsOwnReportAsImplementingTheDirective() throws Exception {
		long report = cellReport();
		this.mvc
			.perform(post("/api/v1/directives/{id}/links", report).with(TestCallers.as(this.bithu))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"toId\": " + this.ct05.id() + ", \"kind\": \"IMPLEMENTS\"}"))
			.andExpect(status().isOk());
		String own = page(this.bithu, report);
		assertThat(own).contains("/directives/" + report + "/edit")
			.contains("action=\"/directives/" + report + "/links\"")
			.contains("/links/");
	}

	@Test
	void theDirectivePageOffersACellSecretaryNoChangeAndTheEditFormIsRefused() throws Exception {
		String html = page(this.bithu, this.ct05.id());
		assertThat(html).doesNotContain("/directives/" + this.ct05.id() + "/edit")
			.doesNotContain("action=\"/directives/" + this.ct05.id() + "/links\"")
			.doesNotContain("/delete\"")
			.doesNotContain("action=\"/directives/" + this.ct05.id() + "/attachments\"");
		this.mvc.perform(get("/directives/{id}/edit", this.ct05.id()).with(TestCallers.as(this.bithu)))
			.andExpect(status().isForbidden());

		String owner = page(this.vanphong, this.ct05.id());
		assertThat(owner).contains("/directives/" + this.ct05.id() + "/edit").contains("/delete\"");
		this.mvc.perform(get("/directives/{id}/edit", this.ct05.id()).with(TestCallers.as(this.vanphong)))
			.andExpect(status().isOk());
	}

	@Test
	void aLinkToADocumentTheReaderMayNotOpenIsPlainText() throws Exception {
		String href = "href=\"/directives/" + this.kh448.id() + "\"";
		this.mvc.perform(get("/directives/{id}", this.kh448.id()).with(TestCallers.as(this.dangvien)))
			.andExpect(status().isNotFound());
		assertThat(page(this.dangvien, this.ct05.id())).contains(this.kh448.citation()).doesNotContain(href);
		assertThat(page(this.bithu, this.ct05.id())).contains(href);
	}

	@Test
	void unionOfficersSeeTheirUnionsDecisionsAndNoPartyMembershipMenu() throws Exception {
		Caller congdoan = TestCallers.withRole(Role.UNION_OFFICER, this.union);
		String list = okBody(this.mvc.perform(get("/directives").with(TestCallers.as(congdoan))));
		assertThat(list).contains(this.qd07.citation())
			.contains("href=\"/membership/union\"")
			.doesNotContain("href=\"/membership\"");
		assertThat(page(congdoan, this.qd07.id())).contains(this.qd12.citation())
			.doesNotContain("/directives/" + this.qd07.id() + "/edit");
		this.mvc.perform(get("/directives/{id}", this.ct05.id()).with(TestCallers.as(congdoan)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/membership").with(TestCallers.as(congdoan)))
			.andExpect(redirectedUrl("/membership/union"));
	}

	@Test
	void youthOfficersSeeTheirYouthUnionsDocuments() throws Exception {
		int n = DirectiveFixtures.number();
		long youth = new OrganisationFixtures(this.mvc).unit("YOUTH_UNION", null, "Đoàn Thanh niên " + n);
		Caller doanthanhnien = TestCallers.withRole(Role.YOUTH_OFFICER, youth);
		long issuer = this.fixtures.issuer(youth, "ĐTN", "Đoàn Thanh niên Cục Hải quan " + n, "MASS_ORG", "STATE");
		long plan = this.fixtures.register(TestCallers.admin(), n + "/KH-ĐTN", issuer, "Kế hoạch tháng Thanh niên")
			.id();
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
