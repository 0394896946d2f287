package vn.dangvu.scope;

import java.io.ByteArrayInputStream;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each role, scoped to the Hà Nội branch (khu vực I), against a person and units of the
 * Hà Tĩnh branch (khu vực XI): reading, updating, exporting and searching are all
 * refused, and the refusal looks as if the record did not exist.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ScopeLeakMatrixTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long personId;

	long cellId;

	long unionBranchId;

	long youthBranchId;

	static Stream<String> roles() {
		return Stream.of("COMMITTEE_OFFICE", "CELL_SECRETARY", "UNION_OFFICER", "YOUTH_OFFICER", "MEMBER");
	}

	@BeforeEach
	void findTheOtherBranchRecords() {
		this.personId = this.jdbc.sql("select id from person where full_name = 'Nguyễn Văn Đức'")
			.query(Long.class)
			.single();
		this.cellId = id("CB-CAUTREO");
		this.unionBranchId = id("CD-CAUTREO");
		this.youthBranchId = id("DTN-CAUTREO");
	}

	private long id(String code) {
		return this.jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
	}

	private Caller caller(String role) {
		return switch (role) {
			case "COMMITTEE_OFFICE" -> TestCallers.withRole(Role.COMMITTEE_OFFICE, id("DB-KVI"));
			case "CELL_SECRETARY" -> TestCallers.withRole(Role.CELL_SECRETARY, id("CB-GIATHUY"));
			case "UNION_OFFICER" -> TestCallers.withRole(Role.UNION_OFFICER, id("CD-KVI"));
			case "YOUTH_OFFICER" -> TestCallers.withRole(Role.YOUTH_OFFICER, id("DTN-KVI"));
			default -> TestCallers.member(this.jdbc.sql(
					"select min(p.id) from person p join org_unit u on u.id = p.work_unit_id where u.code = 'CB-GIATHUY'")
				.query(Long.class)
				.single());
		};
	}

	@ParameterizedTest(name = "{0} cannot read the other branch's person or units")
	@MethodSource("roles")
	void reading(String role) throws Exception {
		Caller c = caller(role);
		this.mvc.perform(get("/api/v1/people/{id}", this.personId).with(TestCallers.as(c)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/people/{id}", this.personId).with(TestCallers.as(c))).andExpect(status().isNotFound());
		for (long unit : new long[] { this.cellId, this.unionBranchId, this.youthBranchId }) {
			this.mvc.perform(get("/api/v1/units/{id}", unit).with(TestCallers.as(c))).andExpect(status().isNotFound());
			this.mvc.perform(get("/units/{id}", unit).with(TestCallers.as(c))).andExpect(status().isNotFound());
		}
	}

	@ParameterizedTest(name = "{0} cannot update the other branch's person or units")
	@MethodSource("roles")
	void updating(String role) throws Exception {
		Caller c = caller(role);
		String jobBefore = this.jdbc.sql("select coalesce(job_title, '') from person where id = :id")
			.param("id", this.personId)
			.query(String.class)
			.single();
		this.mvc
			.perform(patch("/api/v1/people/{id}", this.personId).with(TestCallers.as(c))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"jobTitle\": \"Đã bị sửa\"}"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(patch("/api/v1/units/{id}", this.cellId).with(TestCallers.as(c))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Đã bị sửa\", \"effectiveDate\": \"2026-01-01\"}"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/units/{id}/move", this.unionBranchId).with(TestCallers.as(c))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"parentId\": " + this.unionBranchId + ", \"effectiveDate\": \"2026-01-01\"}"))
			.andExpect(status().isNotFound());
		// A role that may never edit people is refused before any lookup (403 for every
		// id, so
		// nothing leaks); a role that may edit gets "not found" outside its scope.
		int pageStatus = this.mvc
			.perform(post("/people/{id}", this.personId).with(TestCallers.as(c)).with(csrf()).param("fullName", "X"))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(pageStatus).isEqualTo(c.canManagePeople() ? 404 : 403);
		assertThat(this.jdbc.sql("select coalesce(job_title, '') from person where id = :id")
			.param("id", this.personId)
			.query(String.class)
			.single()).isEqualTo(jobBefore);
		assertThat(this.jdbc.sql("select name from org_unit where id = :id")
			.param("id", this.cellId)
			.query(String.class)
			.single()).isEqualTo("Chi bộ Hải quan cửa khẩu quốc tế Cầu Treo");
	}

	@ParameterizedTest(name = "{0} cannot find the other branch's person or units by searching")
	@MethodSource("roles")
	void searching(String role) throws Exception {
		Caller c = caller(role);
		String people = this.mvc.perform(get("/api/v1/people").param("q", "nguyen van duc").with(TestCallers.as(c)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(people).doesNotContain("\"id\":" + this.personId + ",").doesNotContain("Nguyễn Văn Đức");
		String units = this.mvc.perform(get("/api/v1/units").param("q", "cau treo").with(TestCallers.as(c)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(units).doesNotContain("Cầu Treo");
		this.mvc.perform(get("/api/v1/people").param("unit", String.valueOf(this.cellId)).with(TestCallers.as(c)))
			.andExpect(status().isNotFound());
	}

	@ParameterizedTest(name = "{0} cannot export the other branch's person")
	@MethodSource("roles")
	void exporting(String role) throws Exception {
		Caller c = caller(role);
		var response = this.mvc.perform(get("/people/export").param("q", "nguyen van duc").with(TestCallers.as(c)))
			.andReturn()
			.getResponse();
		if (response.getStatus() == 200) {
			try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
				Sheet sheet = wb.getSheetAt(0);
				for (Row row : sheet) {
					assertThat(row.getCell(0) == null ? "" : row.getCell(0).toString()).isNotEqualTo("Nguyễn Văn Đức");
				}
			}
		}
		else {
			assertThat(response.getStatus()).isIn(403, 404);
		}
		this.mvc.perform(get("/people/export").param("unit", String.valueOf(this.cellId)).with(TestCallers.as(c)))
			.andExpect(status().isNotFound());
	}

	// --- directive.document (Party-format documents) ---

	@ParameterizedTest(name = "{0} cannot open, download or issue the other branch's Party document")
	@MethodSource("roles")
	void partyDocuments(String role) throws Exception {
		Caller c = caller(role);
		long doc = this.jdbc
			.sql("""
					insert into party_doc (unit_id, issuer_id, doc_type, issuer_name, summary, place, doc_date, on_behalf,
					    signer_title, signer_name, created_by)
					values (:unit, (select min(id) from directive_issuer where code = 'ĐU'), 'NOTICE', 'Chi bộ Cầu Treo',
					    'Thông báo riêng của chi bộ', 'Hà Tĩnh', date '2026-11-22', 'T/M Chi bộ', 'Bí thư', 'Phan Đình Thắng',
					    'test')
					returning id""")
			.param("unit", this.cellId)
			.query(Long.class)
			.single();
		for (String path : new String[] { "", "/edit", "/issue", "/pdf", "/docx" }) {
			this.mvc.perform(get("/directives/documents/{id}" + path, doc).with(TestCallers.as(c)))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(post("/directives/documents/{id}/issue", doc).with(TestCallers.as(c)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select status from party_doc where id = :id")
			.param("id", doc)
			.query(String.class)
			.single()).isEqualTo("DRAFT");
	}

	// --- end directive.document ---

	// membership: dues
	@ParameterizedTest(name = "{0} cannot read or write the other branch's dues ledgers")
	@MethodSource("roles")
	void duesLedgers(String role) throws Exception {
		Caller c = caller(role);
		this.mvc
			.perform(get("/api/v1/dues/party").param("unit", String.valueOf(this.cellId))
				.param("month", "2026-03")
				.with(TestCallers.as(c)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/dues/union").param("unit", String.valueOf(this.unionBranchId))
				.param("month", "2026-03")
				.with(TestCallers.as(c)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/membership/dues").param("unit", String.valueOf(this.cellId))
				.param("month", "2026-03")
				.with(TestCallers.as(c)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/membership/union/dues/export").param("kind", "UNION")
				.param("unit", String.valueOf(this.unionBranchId))
				.param("month", "2026-03")
				.with(TestCallers.as(c)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/dues/party/payments").with(TestCallers.as(c))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitId\":" + this.cellId + ",\"personId\":" + this.personId + ",\"month\":\"2026-03\"}"))
			.andExpect(status().isNotFound());
	}
	// end membership: dues

	static final java.util.concurrent.atomic.AtomicInteger DIRECTIVE_NUMBER = new java.util.concurrent.atomic.AtomicInteger(
			9000 + (int) (System.nanoTime() % 500));

	@ParameterizedTest(name = "{0} cannot read, track or find the other branch's directive")
	@MethodSource("roles")
	void directives(String role) throws Exception {
		// directive: registry
		Caller kvxiOffice = TestCallers.withRole(Role.COMMITTEE_OFFICE, id("DB-KVXI"));
		int n = DIRECTIVE_NUMBER.incrementAndGet();
		long issuer = this.jdbc
			.sql("select id from directive_issuer where code = 'ĐU' and full_name = 'Đảng ủy Cục Hải quan'")
			.query(Long.class)
			.single();
		String json = this.mvc
			.perform(post("/api/v1/directives").with(TestCallers.as(kvxiOffice))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"citation\": \"" + n + "-KH/ĐU\", \"issuerId\": " + issuer
						+ ", \"issueDate\": \"2024-04-04\", \"summary\": \"Kế hoạch Zebrakvxi" + n + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long doc = ((Number) com.jayway.jsonpath.JsonPath.read(json, "$.id")).longValue();
		this.mvc
			.perform(post("/api/v1/directives/{id}/assignments", doc).with(TestCallers.as(kvxiOffice))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitIds\": [" + this.cellId
						+ "], \"actions\": [{\"kind\": \"DISSEMINATE\", \"days\": 5}]}"))
			.andExpect(status().isCreated());
		Caller c = caller(role);
		this.mvc.perform(get("/api/v1/directives/{id}", doc).with(TestCallers.as(c))).andExpect(status().isNotFound());
		this.mvc.perform(get("/directives/{id}", doc).with(TestCallers.as(c))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/directives/{id}/tracking", doc).with(TestCallers.as(c)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/directives/{id}/tracking.xlsx", doc).with(TestCallers.as(c)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/units/{id}/obligations", this.cellId).with(TestCallers.as(c)))
			.andExpect(status().isNotFound());
		String found = this.mvc.perform(get("/api/v1/directives").param("q", "zebrakvxi" + n).with(TestCallers.as(c)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(found).doesNotContain("Zebrakvxi");
		this.mvc
			.perform(post("/api/v1/directives/{id}/units/{u}/actions/DISSEMINATE", doc, this.cellId)
				.with(TestCallers.as(c))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"doneOn\": \"2024-05-01\", \"present\": 1, \"total\": 2}"))
			.andExpect((r) -> assertThat(r.getResponse().getStatus()).isIn(403, 404));
	}

	// Membership (Party): timeline, status, admission files, probation, statistics
	@ParameterizedTest(name = "{0} cannot read the other branch's membership records")
	@MethodSource("roles")
	void membership(String role) throws Exception {
		Caller c = caller(role);
		long admission = this.jdbc.sql("select min(id) from admission where cell_id = :c")
			.param("c", this.cellId)
			.query(Long.class)
			.single();
		for (String url : new String[] { "/api/v1/members/" + this.personId + "/timeline",
				"/api/v1/members/" + this.personId + "/status", "/membership/members/" + this.personId,
				"/api/v1/admissions/" + admission, "/membership/admissions/" + admission,
				"/api/v1/probation?unit=" + this.cellId, "/api/v1/statistics/membership?unit=" + this.cellId,
				"/api/v1/transfers?unit=" + this.cellId }) {
			this.mvc.perform(get(url).with(TestCallers.as(c))).andExpect(status().isNotFound());
		}
		String files = this.mvc.perform(get("/api/v1/admissions").param("size", "200").with(TestCallers.as(c)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(files).doesNotContain("Cầu Treo");
		String transfers = this.mvc.perform(get("/api/v1/transfers?all=true").with(TestCallers.as(c)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(transfers).doesNotContain("Cầu Treo");
		String[][] writes = { { "/api/v1/admissions/" + admission + "/steps/last/withdrawal", "{\"reason\":\"x\"}" },
				{ "/api/v1/admissions/" + admission + "/closing", "{\"reason\":\"x\"}" },
				{ "/api/v1/members/" + this.personId + "/endings",
						"{\"type\":\"STRUCK_OFF\",\"date\":\"2024-05-01\",\"reason\":\"x\",\"documentNumber\":\"1\"}" } };
		for (String[] w : writes) {
			this.mvc.perform(post(w[0]).with(TestCallers.as(c)).contentType(MediaType.APPLICATION_JSON).content(w[1]))
				.andExpect((r) -> assertThat(r.getResponse().getStatus()).as(w[0]).isIn(403, 404));
		}
	}

	// membership: youth
	@ParameterizedTest(name = "{0} cannot record that the other branch's youth member left")
	@MethodSource("roles")
	void youthLeave(String role) throws Exception {
		Caller c = caller(role);
		long youth = this.jdbc.sql("select min(id) from person where youth_unit_id = :y")
			.param("y", this.youthBranchId)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/api/v1/youth/members/{id}/leave", youth).with(TestCallers.as(c))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"Chuyển công tác\", \"date\": \"2026-01-05\"}"))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select youth_unit_id from person where id = :id")
			.param("id", youth)
			.query(Long.class)
			.single()).isEqualTo(this.youthBranchId);
	}

}
