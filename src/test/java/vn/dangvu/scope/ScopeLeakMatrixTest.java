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
				"/api/v1/probation?unit=" + this.cellId, "/api/v1/statistics/membership?unit=" + this.cellId }) {
			this.mvc.perform(get(url).with(TestCallers.as(c))).andExpect(status().isNotFound());
		}
		String files = this.mvc.perform(get("/api/v1/admissions").param("size", "200").with(TestCallers.as(c)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(files).doesNotContain("Cầu Treo");
	}

}
