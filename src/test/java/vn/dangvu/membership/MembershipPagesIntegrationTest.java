package vn.dangvu.membership;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.people.PeopleFixtures;
import vn.dangvu.people.Sex;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;
import vn.dangvu.testkit.JsonRequests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.testkit.FormRequests.multipartForm;
import static vn.dangvu.testkit.FormRequests.postForm;
import static vn.dangvu.testkit.JsonRequests.postJson;

/**
 * The membership pages render in Vietnamese, record a step with its scan and keep to
 * scope.
 */
@IntegrationTest
class MembershipPagesIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	PeopleFixtures.Tree tree;

	Caller secretary;

	long person;

	@BeforeEach
	void cellAndPerson() throws Exception {
		this.tree = new PeopleFixtures(this.jdbc).tree("Trang thử");
		this.secretary = TestCallers.withRole(Role.CELL_SECRETARY, this.tree.cell());
		LocalDate birth = LocalDate.of(1998, 2, 3);
		String body = "{\"fullName\":\"Đỗ Thị Trang\",\"birthDate\":\"%s\",\"sex\":\"FEMALE\",\"cccd\":\"%s\","
				+ "\"generalEducation\":\"GRADE_12_12\",\"workUnitId\":%d}";
		this.person = JsonRequests.createdId(this.mvc.perform(postJson(TestCallers.admin(), "/api/v1/people",
				body.formatted(birth, PeopleFixtures.cccd(birth, Sex.FEMALE), this.tree.cell()))));
	}

	@Test
	void everyPageRendersForASecretary() throws Exception {
		for (String url : new String[] { "/membership", "/membership/probation", "/membership/transfers",
				"/membership/statistics", "/membership/statistics?from=01/01/2024&to=31/12/2026",
				"/membership/members/" + this.person }) {
			this.mvc.perform(get(url).with(TestCallers.as(this.secretary)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Đảng")));
		}
		this.mvc.perform(get("/membership/statistics.xlsx").with(TestCallers.as(this.secretary)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")));
	}

	@Test
	void secretaryOpensAFileAndRecordsTheCertificateWithItsScan() throws Exception {
		this.mvc
			.perform(postForm(this.secretary, "/membership/admissions", "personId", String.valueOf(this.person),
					"cellId", String.valueOf(this.tree.cell()), "openedOn", "02/01/2024"))
			.andExpect(redirectedUrlPattern("/membership/admissions/*"));
		long id = this.jdbc.sql("select id from admission where person_id = :p")
			.param("p", this.person)
			.query(Long.class)
			.single();
		this.mvc.perform(get("/membership/admissions/" + id).with(TestCallers.as(this.secretary)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng")));
		MockMultipartFile pdf = new MockMultipartFile("file", "gcn.pdf", "application/pdf", "%PDF-1.4 test".getBytes());
		this.mvc
			.perform(multipart("/membership/admissions/" + id + "/steps").file(pdf)
				.with(TestCallers.as(this.secretary))
				.with(csrf())
				.param("step", "CERTIFICATE")
				.param("date", "05/01/2024")
				.param("documentNumber", "GCN-77"))
			.andExpect(redirectedUrlPattern("/membership/admissions/*"));
		Long doc = this.jdbc.sql("select document_id from admission_step where admission_id = :a")
			.param("a", id)
			.query(Long.class)
			.single();
		assertThat(doc).isNotNull();
		this.mvc.perform(get("/membership/admissions/" + id + "/documents/" + doc).with(TestCallers.as(this.secretary)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
		// a bad date re-renders the form with the Vietnamese reason
		this.mvc
			.perform(multipartForm(this.secretary, "/membership/admissions/" + id + "/steps", "step", "APPLICATION",
					"date", "31/02/2024"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày không đúng")));
		// an HTML file posing as a PDF is refused
		this.mvc
			.perform(multipart("/membership/admissions/" + id + "/steps")
				.file(new MockMultipartFile("file", "x.pdf", "application/pdf", "<html>".getBytes()))
				.with(TestCallers.as(this.secretary))
				.with(csrf())
				.param("step", "APPLICATION")
				.param("date", "01/02/2024"))
			.andExpect(content().string(containsString("Chỉ nhận tệp PDF")));
		Caller stranger = TestCallers.withRole(Role.CELL_SECRETARY, new PeopleFixtures(this.jdbc).tree("Khác").cell());
		this.mvc.perform(get("/membership/admissions/" + id).with(TestCallers.as(stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/membership/admissions/" + id + "/documents/" + doc).with(TestCallers.as(stranger)))
			.andExpect(status().isNotFound());
	}

}
