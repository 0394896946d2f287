package vn.dangvu.programme;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The programme pages: an office builds a programme on screen, a wrong deadline comes
 * back on the form in Vietnamese, the demo's 2020 programme shows its 235 activities, a
 * secretary cannot open the committee's forms, the list has its empty states.
 */
@IntegrationTest
class ProgrammePagesTest extends ProgrammeTestBase {

	ProgrammePagesTest() {
		super("trang");
	}

	@Test
	void anOfficeBuildsAProgrammeOnScreen() throws Exception {
		Caller office = this.tree.office();
		assertThat(page(office, "/programmes/new")).contains("Lập chương trình").contains("Chi bộ họp trang");
		MvcResult created = this.mvc
			.perform(post("/programmes/new").param("unitId", Long.toString(this.tree.root()))
				.param("kind", "PARTY_ANNUAL")
				.param("title", "Chương trình công tác năm 2026 trên trang")
				.param("periodKind", "YEAR")
				.param("startsOn", "01/01/2026")
				.param("endsOn", "31/12/2026")
				.param("rollUp", "EQUAL")
				.with(TestCallers.as(office))
				.with(csrf()))
			.andReturn();
		String location = created.getResponse().getRedirectedUrl();
		assertThat(location).as(created.getResponse().getContentAsString()).startsWith("/programmes/");
		long id = Long.parseLong(location.substring("/programmes/".length()));

		send(office, post("/programmes/{id}/areas/new", id).param("title", "Xây dựng Đảng trên trang")
			.param("version", Integer.toString(this.fixtures.version(id))));
		long area = this.fixtures.count("select max(id) from programme_area where programme_id = :id", id);
		send(office,
				post("/programmes/{id}/tasks/new", id).param("areaId", Long.toString(area))
					.param("title", "Sinh hoạt chi bộ nền nếp")
					.param("weight", "1")
					.param("version", Integer.toString(this.fixtures.version(id))));
		long task = this.fixtures.count("select max(id) from programme_task where programme_id = :id", id);

		MvcResult late = this.mvc
			.perform(post("/programmes/{id}/activities/new", id).param("taskId", Long.toString(task))
				.param("title", "Hoạt động sai hạn")
				.param("dueOn", "15/01/2025")
				.param("duePrecision", "DAY")
				.param("ownerUnitIds", Long.toString(this.tree.cell()))
				.param("version", Integer.toString(this.fixtures.version(id)))
				.with(TestCallers.as(office))
				.with(csrf()))
			.andReturn();
		assertThat(late.getResponse().getStatus()).isEqualTo(422);
		assertThat(late.getResponse().getContentAsString())
			.contains("Hạn hoàn thành 15/01/2025 trước ngày bắt đầu chương trình (01/01/2026)");
		send(office,
				post("/programmes/{id}/activities/new", id).param("taskId", Long.toString(task))
					.param("title", "Sơ kết 6 tháng trên trang")
					.param("dueOn", "15/07/2026")
					.param("duePrecision", "DAY")
					.param("ownerUnitIds", Long.toString(this.tree.cell()))
					.param("version", Integer.toString(this.fixtures.version(id))));
		send(office,
				post("/programmes/{id}/indicators/new", id).param("taskId", Long.toString(task))
					.param("name", "Chi bộ sinh hoạt tốt")
					.param("kind", "PERCENT")
					.param("target", "95,5")
					.param("version", Integer.toString(this.fixtures.version(id))));

		String show = page(office, "/programmes/" + id);
		assertThat(show).contains("Xây dựng Đảng trên trang")
			.contains("Sinh hoạt chi bộ nền nếp")
			.contains("Sơ kết 6 tháng trên trang")
			.contains("15/07/2026")
			.contains("95,5%")
			.contains("Mỗi hoạt động tính như nhau")
			.contains("Thông qua chương trình");
		assertThat(page(office, "/programmes?q=tren trang")).contains("Chương trình công tác năm 2026 trên trang");
	}

	@Test
	void theDemoProgrammeOf2020ShowsItsStructure() throws Exception {
		long root = this.jdbc.sql("select id from org_unit where code = 'DBCHQ'").query(Long.class).single();
		Caller office = TestCallers.withRole(Role.COMMITTEE_OFFICE, root);
		long id = this.jdbc.sql(
				"select id from programme where unit_id = :u and starts_on = date '2020-01-01' and created_by = 'demo'")
			.param("u", root)
			.query(Long.class)
			.single();
		assertThat(page(office, "/programmes?year=2020")).contains("Chương trình công tác năm 2020");
		String show = page(office, "/programmes/" + id);
		assertThat(show).contains("1. Cải cách, hiện đại hóa hải quan")
			.contains("2. Thu ngân sách nhà nước")
			.contains("3. Xây dựng lực lượng Hải quan trong sạch, vững mạnh")
			.contains("Tổng: 235 hoạt động")
			.contains("Đã kết thúc")
			.doesNotContain("Thông qua chương trình");
	}

	@Test
	void aSecretaryCannotOpenTheCommitteesFormsAndSeesTheEmptyState() throws Exception {
		Caller office = this.tree.office();
		long id = this.fixtures.programme(office, this.tree.root(), 2026);
		Caller secretary = this.tree.secretary();
		assertThat(this.mvc.perform(get("/programmes/{id}", id).with(TestCallers.as(secretary)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(page(secretary, "/programmes")).contains("Chưa có chương trình công tác nào");
		long meeting = meeting("2026-01-05");
		this.fixtures.adopt(office, id, meeting, "2026-01-10");
		assertThat(page(secretary, "/programmes/" + id)).contains("Đã thông qua").doesNotContain("Thêm lĩnh vực");
		assertThat(this.mvc.perform(get("/programmes/{id}/edit", id).with(TestCallers.as(secretary)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(page(office, "/programmes?q=khong co chuong trinh nay")).contains("Không có chương trình nào khớp");
	}

	private String page(Caller caller, String url) throws Exception {
		MvcResult r = this.mvc.perform(get(url).with(TestCallers.as(caller))).andReturn();
		assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
		return r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private void send(Caller caller, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		MvcResult r = this.mvc.perform(request.with(TestCallers.as(caller)).with(csrf())).andReturn();
		assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(302);
		assertThat(r.getFlashMap().get("flashError")).isNull();
	}

}
