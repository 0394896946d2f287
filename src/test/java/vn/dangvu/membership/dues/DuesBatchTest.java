package vn.dangvu.membership.dues;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.membership.OnAFreshTree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.testkit.FormRequests.postForm;
import static vn.dangvu.testkit.JsonRequests.postJson;

/** Bulk dues entry: one screen, one save, one transaction, each payment audited. */
@IntegrationTest
class DuesBatchTest extends OnAFreshTree {

	DuesBatchTest() {
		super("nhập cả tháng");
	}

	long an;

	long binh;

	long chi;

	long dung;

	String month = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(1).toString();

	@BeforeEach
	void setUp() {
		this.an = member("Lê Văn Annhập", 8_000_000);
		this.binh = member("Lê Văn Bìnhnhập", 9_000_000);
		this.chi = member("Lê Thị Chinhập", 10_000_000);
		this.dung = member("Lê Văn Dũngnhập", 0);
	}

	private long member(String name, long salary) {
		return this.fixtures.duesPayer(this.tree, name, salary);
	}

	@Test
	void theScreenTicksEveryoneWhoCanPayAndOneSaveRecordsTheTickedSkippingThePaid() throws Exception {
		pay(this.binh);
		asSecretaryOfTheCell(get("/membership/dues/batch"), this.month).andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("id=\"tick-" + this.an + "\""), containsString("id=\"tick-" + this.chi + "\""),
							not(containsString("id=\"tick-" + this.binh + "\"")),
							not(containsString("id=\"tick-" + this.dung + "\"")), containsString("80.000"))));
		long audits = audits();
		this.mvc
			.perform(batchForm().param("method", "CASH")
				.param("person", Long.toString(this.an), Long.toString(this.binh)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashMessage", "Đã ghi 1 khoản nộp, bỏ qua 1 người đã nộp."));
		assertThat(paidMonth(this.an)).containsExactly(80_000L);
		assertThat(paidMonth(this.binh)).containsExactly(90_000L);
		assertThat(paidMonth(this.chi)).isEmpty();
		assertThat(audits()).isEqualTo(audits + 1);
	}

	@Test
	void aTickedMemberWithoutADueRefusesTheWholeBatchAndWritesNothing() throws Exception {
		this.mvc.perform(batchForm().param("person", Long.toString(this.an), Long.toString(this.dung)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", containsString("Lê Văn Dũngnhập")));
		assertThat(paidMonth(this.an)).isEmpty();
	}

	@Test
	void theApiTakesAListReportsTheSkippedAndTheBatchCanBeUndone() throws Exception {
		pay(this.chi);
		String body = """
				{"unitId": %d, "month": "%s", "personIds": [%d, %d, %d], "method": "ONLINE"}"""
			.formatted(this.tree.cell(), this.month, this.an, this.binh, this.chi);
		String answer = this.mvc.perform(apiBatch(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((Integer) JsonPath.read(answer, "$.recorded")).isEqualTo(2);
		assertThat((Integer) JsonPath.read(answer, "$.skipped")).isEqualTo(1);
		List<Integer> ids = JsonPath.read(answer, "$.paymentIds");
		assertThat(paidMonth(this.an)).containsExactly(80_000L);
		this.mvc
			.perform(postJson(this.tree.secretary(), "/api/v1/dues/payments/batch/reversal",
					"{\"paymentIds\": " + ids + "}"))
			.andExpect(status().isCreated());
		assertThat(paidMonth(this.an)).isEmpty();
		assertThat(paidMonth(this.binh)).isEmpty();
		assertThat(paidMonth(this.chi)).containsExactly(100_000L);
	}

	@Test
	void aPersonOffTheLedgerOrBadInputIsRefusedWithoutWriting() throws Exception {
		long stranger = this.fixtures.person("Lê Văn Lạnhập", LocalDate.of(1980, 1, 1), this.tree.otherCell(),
				this.tree.otherCell(), null, null);
		this.mvc
			.perform(apiBatch("""
					{"unitId": %d, "month": "%s", "personIds": [%d, %d]}""".formatted(this.tree.cell(), this.month,
					this.an, stranger)))
			.andExpect(status().isNotFound());
		assertThat(paidMonth(this.an)).isEmpty();
		this.mvc.perform(apiBatch("{\"unitId\": \"x\", \"month\": \"2026-13\", \"personIds\": \"all\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(apiBatch("""
				{"unitId": %d, "month": "%s", "personIds": []}""".formatted(this.tree.cell(), this.month)))
			.andExpect(status().isUnprocessableContent());
	}

	private void pay(long person) throws Exception {
		this.mvc
			.perform(postForm(this.tree.secretary(), "/membership/dues/pay", "kind", "PARTY", "unit",
					Long.toString(this.tree.cell()), "month", this.month, "person", Long.toString(person)))
			.andExpect(flash().attributeExists("flashMessage"));
	}

	private List<Long> paidMonth(long person) {
		return this.jdbc.sql("""
				select sum(amount) from dues_payment where person_id = :p and kind = 'PARTY' and month = :m
				having sum(amount) > 0""")
			.param("p", person)
			.param("m", YearMonth.parse(this.month).atDay(1))
			.query(Long.class)
			.list();
	}

	private long audits() {
		return this.jdbc.sql("select count(*) from audit_event where entity_type = 'DuesPayment'")
			.query(Long.class)
			.single();
	}

	/**
	 * The batch page's form for the cell's Party dues of the month, without its ticks.
	 */
	private MockHttpServletRequestBuilder batchForm() {
		return post("/membership/dues/batch").with(TestCallers.as(this.tree.secretary()))
			.with(csrf())
			.param("kind", "PARTY")
			.param("unit", Long.toString(this.tree.cell()))
			.param("month", this.month);
	}

	private MockHttpServletRequestBuilder apiBatch(String json) {
		return postJson(this.tree.secretary(), "/api/v1/dues/party/payments/batch", json);
	}

}
