package vn.dangvu.rules;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.organisation.OrganisationFixtures;
import vn.dangvu.platform.security.Caller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.testkit.FormRequests.postForm;
import static vn.dangvu.testkit.JsonRequests.postJson;
import static vn.dangvu.testkit.PageText.bodyContains;
import static vn.dangvu.testkit.PageText.okBody;

@IntegrationTest
class RulesPagesAndApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Caller office;

	@BeforeEach
	void anOffice() {
		this.office = TestCallers.officeOf(new OrganisationFixtures(this.mvc).committee("Quy định"));
	}

	@Test
	void theRuleTableShowsTheVersionInForceOnTheChosenDate() throws Exception {
		String june = okBody(this.mvc.perform(get("/rules?asOf=2025-06-30").with(TestCallers.as(this.office))));
		assertThat(june).contains("Đoàn phí công đoàn").contains("1908/QĐ-TLĐ");
		String july = okBody(this.mvc.perform(get("/rules?asOf=2025-07-01").with(TestCallers.as(this.office))));
		assertThat(july).contains("61/QĐ-TLĐ");
	}

	@Test
	void aRulePageListsItsHistoryAndOffersTheFormOnlyToAnAdministrator() throws Exception {
		this.mvc.perform(get("/rules/union.dues.rate").with(TestCallers.as(this.office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Quyết định 61/QĐ-TLĐ")))
			.andExpect(content().string(not(containsString("Thêm phiên bản mới"))));
		this.mvc.perform(get("/rules/union.dues.rate").with(TestCallers.as(TestCallers.admin())))
			.andExpect(content().string(containsString("Thêm phiên bản mới")));
		this.mvc.perform(get("/rules/no.such.rule").with(TestCallers.as(this.office))).andExpect(status().isNotFound());
	}

	@Test
	void anAdministratorAddsAVersionFromThePageAndABadValueIsExplained() throws Exception {
		this.mvc
			.perform(postForm(TestCallers.admin(), "/rules/membership.transfer.temporary.min-months", "value", "ba",
					"validFrom", "2034-01-01", "source", "Quy định thử"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Giá trị phải là số nguyên")));
		this.mvc
			.perform(postForm(TestCallers.admin(), "/rules/membership.transfer.temporary.min-months", "value", "4",
					"validFrom", "2034-01-01", "source", "Quy định thử", "confirmed", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flashMessage"));
		this.mvc
			.perform(get("/api/v1/rules/membership.transfer.temporary.min-months?asOf=2034-01-01")
				.with(TestCallers.as(this.office)))
			.andExpect(jsonPath("$.inForce.value").value("4"));
	}

	@Test
	void theApiListsRulesByPrefixAndAnOfficeCannotAddOne() throws Exception {
		this.mvc.perform(get("/api/v1/rules?prefix=party.dues.&asOf=2026-03-01").with(TestCallers.as(this.office)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].key", hasItem("party.dues.amount.STUDENT")))
			.andExpect(jsonPath("$[?(@.key == 'party.dues.amount.STUDENT')].inForce.value", hasItem("5000")));
		this.mvc
			.perform(postJson(this.office, "/api/v1/rules",
					"{\"key\":\"salary.base\",\"value\":\"1\",\"validFrom\":\"2040-01-01\",\"source\":\"X\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc.perform(postJson(TestCallers.admin(), "/api/v1/rules",
				"{\"key\":\"youth.max-age-years\",\"value\":\"30\",\"validFrom\":\"2035-01-01\",\"source\":\"Điều lệ thử\",\"confirmed\":true}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.validFrom").value("2035-01-01"))
			.andExpect(jsonPath("$.source").value("Điều lệ thử"));
	}

	@Test
	void workingDaysSkipTetAndListTheDaysOffSkipped() throws Exception {
		this.mvc.perform(get("/api/v1/calendar/working-days?from=2025-01-24&count=1").with(TestCallers.as(this.office)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.date").value("2025-02-03"))
			.andExpect(jsonPath("$.daysOffSkipped.length()").value(5))
			.andExpect(jsonPath("$.calendarComplete").value(true));
		this.mvc.perform(get("/api/v1/calendar/working-days?from=2040-01-02&count=1").with(TestCallers.as(this.office)))
			.andExpect(jsonPath("$.date").value("2040-01-03"))
			.andExpect(jsonPath("$.calendarComplete").value(false));
	}

	@Test
	void theCalendarPageShowsTheYearAndAnAdministratorKeepsIt() throws Exception {
		this.mvc.perform(get("/rules/calendar?year=2025&from=2025-04-25&count=1").with(TestCallers.as(this.office)))
			.andExpect(status().isOk())
			.andExpect(bodyContains("Tết Nguyên đán (mùng 1)", "26/04/2025"));
		this.mvc.perform(get("/rules/calendar?year=2041").with(TestCallers.as(this.office)))
			.andExpect(content().string(containsString("Chưa nhập ngày nghỉ lễ, Tết của năm 2041")));

		this.mvc
			.perform(postForm(TestCallers.admin(), "/rules/calendar/years", "year", "2042", "source", "Thông báo thử",
					"confirmed", "true"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(postForm(TestCallers.admin(), "/rules/calendar/days", "day", "2042-03-04", "kind", "HOLIDAY",
					"name", "Ngày nghỉ thử"))
			.andExpect(flash().attributeExists("flashMessage"));
		this.mvc.perform(get("/api/v1/calendar/working-days?from=2042-03-03&count=1").with(TestCallers.as(this.office)))
			.andExpect(jsonPath("$.date").value("2042-03-05"));
		this.mvc.perform(delete("/api/v1/calendar/days/2042-03-04").with(TestCallers.as(TestCallers.admin())))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/calendar/working-days?from=2042-03-03&count=1").with(TestCallers.as(this.office)))
			.andExpect(jsonPath("$.date").value("2042-03-04"));
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where entity_type = 'CalendarDay' and entity_id = '2042-03-04'")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

}
