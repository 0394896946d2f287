package vn.dangvu.people;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.organisation.UnitScope;
import vn.dangvu.people.record.PersonService;
import vn.dangvu.platform.security.Caller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.testkit.FormRequests.postForm;
import static vn.dangvu.testkit.PageText.bodyContains;
import static vn.dangvu.testkit.PageText.okBody;

@IntegrationTest
class PeopleListTest extends OnTwoBranches {

	PeopleListTest() {
		super("Phòng A", "Phòng B");
	}

	@Autowired
	JsonMapper json;

	@Autowired
	PersonService people;

	@Autowired
	PeopleApi peopleApi;

	long add(String name, LocalDate birth, Sex sex, long work, Long party, Long youth) {
		return this.people.create(TestCallers.admin(), PeopleFixtures.draft(name, birth, sex,
				PeopleFixtures.cccd(birth, sex), "Chuyên viên", work, party, youth));
	}

	List<String> names(String query) throws Exception {
		String body = okBody(this.mvc.perform(get("/api/v1/people?" + query).with(TestCallers.as(this.a.office()))));
		List<String> names = new ArrayList<>();
		for (JsonNode n : this.json.readTree(body).get("content")) {
			names.add(n.get("fullName").asString());
		}
		return names;
	}

	@Test
	void searchWithoutDiacriticsFindsTheAccentedNameAndDFindsDStroke() throws Exception {
		add("Nguyễn Văn Đức", PeopleFixtures.bornYearsAgo(40), Sex.MALE, this.a.cell(), null, null);
		add("Nguyễn Văn Dũng", PeopleFixtures.bornYearsAgo(40), Sex.MALE, this.a.cell(), null, null);
		String unit = "&unit=" + this.a.root();
		assertThat(names("q=nguyen van duc" + unit)).containsExactly("Nguyễn Văn Đức");
		assertThat(names("q=NGUYỄN VĂN ĐỨC" + unit)).containsExactly("Nguyễn Văn Đức");
		assertThat(names("q=van d" + unit)).containsExactly("Nguyễn Văn Dũng", "Nguyễn Văn Đức");
		assertThat(names("q=100%25" + unit)).isEmpty();
	}

	@Test
	void theListIsInVietnameseOrderByGivenNameThenMiddleThenFamily() throws Exception {
		for (String name : List.of("Lê Văn Bình", "Lê Văn Đa", "Trần Văn An", "Nguyễn Thị Bình", "Lê Văn Dương")) {
			add(name, PeopleFixtures.bornYearsAgo(30), Sex.MALE, this.a.cell(), null, null);
		}
		assertThat(names("unit=" + this.a.root())).containsExactly("Trần Văn An", "Nguyễn Thị Bình", "Lê Văn Bình",
				"Lê Văn Dương", "Lê Văn Đa");
		assertThat(names("unit=" + this.a.root() + "&size=2&page=1")).containsExactly("Lê Văn Bình", "Lê Văn Dương");
	}

	@Test
	void filtersByMembershipKindAgeAndUnitSubtree() throws Exception {
		add("Phan Văn Đảng", PeopleFixtures.bornYearsAgo(50), Sex.MALE, this.a.cell(), this.a.cell(), null);
		add("Phan Thị Trẻ", PeopleFixtures.bornYearsAgo(25), Sex.FEMALE, this.a.cell(), null, this.a.youth());
		String unit = "&unit=" + this.a.root();
		assertThat(names("kind=PARTY" + unit)).containsExactly("Phan Văn Đảng");
		assertThat(names("kind=NON_PARTY" + unit)).containsExactly("Phan Thị Trẻ");
		assertThat(names("kind=YOUTH" + unit)).containsExactly("Phan Thị Trẻ");
		assertThat(names("minAge=26" + unit)).containsExactly("Phan Văn Đảng");
		assertThat(names("maxAge=25" + unit)).containsExactly("Phan Thị Trẻ");
		assertThat(names("minAge=25&maxAge=50" + unit)).hasSize(2);
		assertThat(names("unit=" + this.a.youth())).containsExactly("Phan Thị Trẻ");
	}

	@Test
	void theListPageShowsRowsFiltersAndAnEmptyState() throws Exception {
		add("Tạ Văn Trang", PeopleFixtures.bornYearsAgo(40), Sex.MALE, this.a.cell(), this.a.cell(), null);
		this.mvc.perform(get("/people").param("q", "ta van trang").with(TestCallers.as(this.a.office())))
			.andExpect(status().isOk())
			.andExpect(bodyContains("Tạ Văn Trang", "Đảng viên", "/people/export?q="));
		this.mvc.perform(get("/people").param("q", "khong ai co ten nay").with(TestCallers.as(this.a.office())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không có ai phù hợp")));
	}

	@Test
	void anotherSubtreeCannotSeeThePersonOnPagesFragmentOrExport() throws Exception {
		long id = add("Quách Thị Riêng", PeopleFixtures.bornYearsAgo(40), Sex.FEMALE, this.a.cell(), null, null);
		this.mvc.perform(get("/people/" + id).with(TestCallers.as(this.b.office()))).andExpect(status().isNotFound());
		this.mvc.perform(get("/people/" + id + "/edit").with(TestCallers.as(this.b.office())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(postForm(this.b.office(), "/people/" + id, "fullName", "Đổi Tên", "workUnitId",
					String.valueOf(this.b.cell())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/people").param("q", "quach thi rieng").with(TestCallers.as(this.b.office())))
			.andExpect(content().string(not(containsString("Quách Thị Riêng"))));
		this.mvc
			.perform(get("/people/fragment").param("unit", String.valueOf(this.a.root()))
				.with(TestCallers.as(this.b.office())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/people/export").param("unit", String.valueOf(this.a.root()))
				.with(TestCallers.as(this.b.office())))
			.andExpect(status().isNotFound());
		assertThat(exportedNames(this.b.office(), "quach")).isEmpty();
		assertThat(exportedNames(this.a.office(), "quach")).containsExactly("Quách Thị Riêng");
		this.mvc.perform(get("/people/" + id).with(TestCallers.as(this.a.office())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chi bộ Phòng A")));
		this.mvc
			.perform(get("/people/fragment").param("unit", String.valueOf(this.a.root()))
				.with(TestCallers.as(this.a.office())))
			.andExpect(status().isOk())
			.andExpect(bodyContains("Quách Thị Riêng", "Xem tất cả"));
	}

	private List<String> exportedNames(Caller caller, String q) throws Exception {
		byte[] file = this.mvc.perform(get("/people/export").param("q", q).with(TestCallers.as(caller)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<String> names = new ArrayList<>();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			for (Row row : wb.getSheetAt(0)) {
				if (row.getRowNum() > 0) {
					names.add(row.getCell(0).getStringCellValue());
				}
			}
		}
		return names;
	}

	@Test
	void theFormShowsErrorsBesideTheFieldsAndSavesAValidPerson() throws Exception {
		this.mvc
			.perform(personForm("001086123456").param("workUnitId", String.valueOf(this.a.cell()))
				.param("email", "khong-phai-email"))
			.andExpect(status().isOk())
			.andExpect(
					bodyContains("Chữ số thứ năm và thứ sáu của số CCCD phải là 85", "Địa chỉ thư điện tử không đúng"));
		String cccd = PeopleFixtures.cccd(LocalDate.of(1985, 3, 1), Sex.MALE);
		this.mvc.perform(personForm(cccd).param("ethnicity", "Tày").param("workUnitId", String.valueOf(this.a.cell())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/people/*"));
		this.mvc.perform(get("/people/new").with(TestCallers.as(this.a.office())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chi bộ Phòng A")))
			.andExpect(content().string(not(containsString("Chi bộ Phòng B"))));
		this.mvc.perform(get("/people/new").with(TestCallers.as(TestCallers.member(1))))
			.andExpect(status().isForbidden());
	}

	@Test
	void countsPeopleByMembershipWithinAScope() {
		add("Đinh Văn Một", PeopleFixtures.bornYearsAgo(45), Sex.MALE, this.a.cell(), this.a.cell(), null);
		add("Đinh Văn Hai", PeopleFixtures.bornYearsAgo(32), Sex.MALE, this.a.cell(), null, this.a.youth());
		add("Đinh Thị Ba", PeopleFixtures.bornYearsAgo(22), Sex.FEMALE, this.a.cell(), null, this.a.youth());
		String path = this.jdbc.sql("select path from org_unit where id = :id")
			.param("id", this.a.root())
			.query(String.class)
			.single();
		PeopleCounts counts = this.peopleApi.countPeople(new UnitScope(false, List.of(path)));
		assertThat(counts).isEqualTo(new PeopleCounts(3, 1, 0, 2, 1));
	}

	/** The new-person form for Mai Văn Hải, born 01/03/1985, sent by office A. */
	private MockHttpServletRequestBuilder personForm(String cccd) {
		return post("/people").with(TestCallers.as(this.a.office()))
			.with(csrf())
			.param("fullName", "Mai Văn Hải")
			.param("birthDate", "1985-03-01")
			.param("sex", "MALE")
			.param("cccd", cccd);
	}

}
