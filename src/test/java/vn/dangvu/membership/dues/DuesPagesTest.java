package vn.dangvu.membership.dues;

import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.membership.OnAFreshTree;
import vn.dangvu.platform.security.Role;
import vn.dangvu.platform.table.SheetWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.testkit.FormRequests.postForm;

@IntegrationTest
class DuesPagesTest extends OnAFreshTree {

	DuesPagesTest() {
		super("trang đảng phí");
	}

	long member;

	String month = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(1).toString();

	@BeforeEach
	void setUp() {
		this.member = this.fixtures.duesPayer(this.tree, "Đinh Văn Đóngphí", 9_000_000);
	}

	@Test
	void theSecretarySeesTheLedgerRecordsAPaymentAndExportsIt() throws Exception {
		asSecretaryOfTheCell(get("/membership/dues"), this.month).andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("Đinh Văn Đóngphí"), containsString("90.000"), containsString("Chưa nộp"))));
		this.mvc
			.perform(postForm(this.tree.secretary(), "/membership/dues/pay", "kind", "PARTY", "unit",
					Long.toString(this.tree.cell()), "month", this.month, "person", Long.toString(this.member),
					"method", "ONLINE"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flashMessage"));
		assertThat(this.jdbc.sql("select amount from dues_payment where person_id = :p")
			.param("p", this.member)
			.query(Long.class)
			.list()).containsExactly(90_000L);
		asSecretaryOfTheCell(get("/membership/dues"), this.month)
			.andExpect(content().string(containsString("trực tuyến")));
		byte[] xlsx = asSecretaryOfTheCell(get("/membership/dues/export").param("kind", "PARTY"), this.month)
			.andExpect(status().isOk())
			.andExpect(content().contentType(SheetWriter.XLSX))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(xlsx).startsWith('P', 'K');
	}

	@Test
	void anotherCellsSecretaryGetsNotFoundAndTheSalaryPageSavesAnAmount() throws Exception {
		this.mvc
			.perform(get("/membership/dues").param("unit", Long.toString(this.tree.cell()))
				.param("month", this.month)
				.with(TestCallers.as(TestCallers.withRole(Role.CELL_SECRETARY, this.tree.otherCell()))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/membership/dues/person/" + this.member).with(TestCallers.as(this.tree.secretary())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("9.000.000")));
		this.mvc.perform(personForm("salary").param("amount", "12.500.000").param("validFrom", "2026-01-01"))
			.andExpect(flash().attributeExists("flashMessage"));
		assertThat(this.jdbc.sql("select amount from insured_salary where person_id = :p and valid_from = '2026-01-01'")
			.param("p", this.member)
			.query(Long.class)
			.single()).isEqualTo(12_500_000L);
	}

	@Test
	void theSecretarySeesAndChangesTheMembersDuesCategoryByItsName() throws Exception {
		this.mvc.perform(get("/membership/dues/person/" + this.member).with(TestCallers.as(this.tree.secretary())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Hiện nay: Hưởng lương"),
					containsString(">Học sinh, sinh viên</option>"), containsString(">Hưởng lương hưu</option>"),
					org.hamcrest.Matchers.not(containsString("Hiện nay: null")),
					org.hamcrest.Matchers.not(containsString("\"></option>")))));
		this.mvc.perform(personForm("category").param("category", "STUDENT").param("validFrom", "2020-01-01"))
			.andExpect(flash().attributeExists("flashMessage"));
		this.mvc.perform(get("/membership/dues/person/" + this.member).with(TestCallers.as(this.tree.secretary())))
			.andExpect(content().string(allOf(containsString("Hiện nay: Học sinh, sinh viên"),
					containsString("value=\"STUDENT\" selected"))));
	}

	/** A form of the member's dues page, sent by the secretary. */
	private MockHttpServletRequestBuilder personForm(String action) {
		return post("/membership/dues/person/" + this.member + "/" + action).with(TestCallers.as(this.tree.secretary()))
			.with(csrf());
	}

}
