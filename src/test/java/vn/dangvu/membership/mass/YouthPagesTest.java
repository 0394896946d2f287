package vn.dangvu.membership.mass;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.membership.MassFixtures;
import vn.dangvu.membership.OnAFreshTree;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.testkit.JsonRequests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.testkit.PageText.okBody;

@IntegrationTest
class YouthPagesTest extends OnAFreshTree {

	YouthPagesTest() {
		super("thanh niên");
	}

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

	long past;

	long oneDayShort;

	long byWish;

	long leader;

	@BeforeEach
	void setUp() {
		long work = this.tree.cell();
		this.past = this.fixtures.person("Hoàng Văn Quátuổi", TODAY.minusYears(31), work, null, null,
				this.tree.youthBranch());
		this.oneDayShort = this.fixtures.person("Hoàng Văn Sắptuổi", TODAY.minusYears(31).plusDays(1), work, null, null,
				this.tree.youthBranch());
		this.byWish = this.fixtures.person("Hoàng Thị Nguyệnvọng", TODAY.minusYears(33), work, null, null,
				this.tree.youthBranch());
		this.leader = this.fixtures.person("Hoàng Văn Bíthư", TODAY.minusYears(38), work, null, null,
				this.tree.otherYouthBranch());
		stay(this.byWish, "WISH", "Có đơn xin ở lại");
		stay(this.leader, "LEADERSHIP", "Bí thư Đoàn chuyên trách");
	}

	@Test
	void theListShowsMembersPastTheLimitWithTheirStaysButNotOneDayShort() throws Exception {
		String html = okBody(this.mvc.perform(get("/membership/youth").with(TestCallers.as(this.tree.youthOfficer()))));
		String list = html.substring(html.indexOf("id=\"maturation-list\""));
		list = list.substring(0, list.indexOf("</table>"));
		assertThat(list)
			.contains("Hoàng Văn Quátuổi", "Hoàng Thị Nguyệnvọng", "Hoàng Văn Bíthư", "Ở lại (theo nguyện vọng)",
					"Ở lại (cán bộ Đoàn)")
			.doesNotContain("Hoàng Văn Sắptuổi");
	}

	@Test
	void bulkMaturationDoesThoseDueRefusesTheOthersAndCountsTheYear() throws Exception {
		this.mvc
			.perform(MassRequests.form("youth", "mature", this.tree.youthOfficer())
				.param("person", Long.toString(this.past), Long.toString(this.oneDayShort))
				.param("on", TODAY.toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashMessage", containsString("1/2")))
			.andExpect(flash().attribute("flashError", containsString("Hoàng Văn Sắptuổi")));

		assertThat(this.fixtures.youthUnit(this.past)).isNull();
		assertThat(this.fixtures.youthUnit(this.oneDayShort)).isEqualTo(this.tree.youthBranch());
		assertThat(this.jdbc.sql("""
				select recorded_by from membership_event
				where person_id = :p and membership = 'YOUTH' and event_type = 'MATURED'""")
			.param("p", this.past)
			.query(String.class)
			.list()).containsExactly(this.tree.youthOfficer().username());
		this.mvc.perform(get("/membership/youth").with(TestCallers.as(this.tree.youthOfficer())))
			.andExpect(content()
				.string(allOf(containsString("maturations-per-year"), not(containsString("Hoàng Văn Quátuổi")))));
	}

	@Test
	void anOfficerOfAnotherYouthUnionCannotMatureOrSeeTheMembers() throws Exception {
		MassFixtures.Tree other = this.fixtures.tree("đoàn khác");
		Caller stranger = other.youthOfficer();
		this.mvc.perform(get("/membership/youth").with(TestCallers.as(stranger)))
			.andExpect(content().string(not(containsString("Hoàng Văn Quátuổi"))));
		this.mvc.perform(MassRequests.form("youth", "mature", stranger).param("person", Long.toString(this.past)))
			.andExpect(flash().attribute("flashError", containsString("Không tìm thấy")));
		assertThat(this.fixtures.youthUnit(this.past)).isEqualTo(this.tree.youthBranch());
	}

	@Test
	void admissionChecksTheAgeAndTransfersWriteBothEvents() throws Exception {
		String young = this.fixtures
			.cccd(this.fixtures.person("Vũ Văn Trẻ", TODAY.minusYears(20), this.tree.cell(), null, null, null));
		String child = this.fixtures
			.cccd(this.fixtures.person("Vũ Văn Nhỏ", TODAY.minusYears(15), this.tree.cell(), null, null, null));
		this.mvc.perform(MassRequests.join("youth", this.tree.youthOfficer(), young, this.tree.youthBranch()))
			.andExpect(flash().attribute("flashMessage", containsString("Vũ Văn Trẻ")));
		this.mvc.perform(MassRequests.join("youth", this.tree.youthOfficer(), child, this.tree.youthBranch()))
			.andExpect(flash().attribute("flashError", containsString("15 tuổi")));

		this.mvc.perform(MassRequests.transfer("youth", this.tree.youthOfficer(), this.oneDayShort,
				this.tree.youthBranch(), this.tree.otherYouthBranch()))
			.andExpect(flash().attributeExists("flashMessage"));
		assertThat(this.fixtures.youthUnit(this.oneDayShort)).isEqualTo(this.tree.otherYouthBranch());
		assertThat(this.fixtures.eventTypes(this.oneDayShort, "YOUTH")).containsExactly("TRANSFER_OUT", "TRANSFER_IN");
	}

	@Test
	void aMemberLeavesWithAReasonOnThePageOrThroughTheApiAndAnotherYouthUnitCannot() throws Exception {
		this.mvc
			.perform(get("/membership/youth").param("unit", Long.toString(this.tree.youthBranch()))
				.with(TestCallers.as(this.tree.youthOfficer())))
			.andExpect(content().string(allOf(containsString("/membership/youth/leave"),
					containsString("Hoàng Văn Sắptuổi ra khỏi Đoàn?"))));
		this.mvc
			.perform(MassRequests.leave("youth", this.tree.youthOfficer(), this.oneDayShort, this.tree.youthBranch(),
					" "))
			.andExpect(flash().attribute("flashError", containsString("lý do")));
		assertThat(this.fixtures.youthUnit(this.oneDayShort)).isEqualTo(this.tree.youthBranch());

		this.mvc
			.perform(
					MassRequests
						.leave("youth", this.tree.youthOfficer(), this.oneDayShort, this.tree.youthBranch(),
								"Chuyển về quê sinh sống")
						.param("date", TODAY.minusDays(3).toString()))
			.andExpect(flash().attribute("flashMessage", containsString("Hoàng Văn Sắptuổi")));
		assertThat(this.fixtures.youthUnit(this.oneDayShort)).isNull();
		assertThat(this.jdbc.sql("""
				select event_type || ' ' || occurred_on || ' ' || reason || ' ' || unit_id from membership_event
				where person_id = :p and membership = 'YOUTH'""")
			.param("p", this.oneDayShort)
			.query(String.class)
			.list())
			.containsExactly("LEFT " + TODAY.minusDays(3) + " Chuyển về quê sinh sống " + this.tree.youthBranch());

		Caller stranger = this.fixtures.tree("khác").youthOfficer();
		this.mvc.perform(apiLeave(stranger, "{\"reason\":\"Xin ra khỏi Đoàn\"}")).andExpect(status().isNotFound());
		this.mvc
			.perform(apiLeave(this.tree.youthOfficer(),
					"{\"reason\":\"Xin ra khỏi Đoàn\",\"date\":\"" + TODAY.plusDays(1) + "\"}"))
			.andExpect(status().is(422));
		this.mvc.perform(apiLeave(this.tree.youthOfficer(), "{\"reason\":\"Xin ra khỏi Đoàn\"}"))
			.andExpect(status().isNoContent());
		assertThat(this.fixtures.youthUnit(this.past)).isNull();
		this.mvc.perform(apiLeave(this.tree.youthOfficer(), "{\"reason\":\"Lần nữa\"}"))
			.andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder apiLeave(Caller caller, String json) {
		return JsonRequests.postJson(caller, "/api/v1/youth/members/" + this.past + "/leave", json);
	}

	private void stay(long person, String kind, String reason) {
		this.jdbc.sql("""
				insert into youth_stay (person_id, kind, reason, valid_from, recorded_by)
				values (:p, :k, :r, current_date, 'test')""")
			.param("p", person)
			.param("k", kind)
			.param("r", reason)
			.update();
	}

}
