package vn.dangvu.membership.mass;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.membership.MassFixtures;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

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

@IntegrationTest
class YouthPagesTest {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	MassFixtures fixtures;

	MassFixtures.Tree tree;

	Caller officer;

	long past;

	long oneDayShort;

	long byWish;

	long leader;

	@BeforeEach
	void setUp() {
		this.fixtures = new MassFixtures(this.jdbc);
		this.tree = this.fixtures.tree("thanh niên");
		this.officer = TestCallers.withRole(Role.YOUTH_OFFICER, this.tree.youth());
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
		String html = this.mvc.perform(get("/membership/youth").with(TestCallers.as(this.officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
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
			.perform(post("/membership/youth/mature").with(TestCallers.as(this.officer))
				.with(csrf())
				.param("person", Long.toString(this.past), Long.toString(this.oneDayShort))
				.param("on", TODAY.toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashMessage", containsString("1/2")))
			.andExpect(flash().attribute("flashError", containsString("Hoàng Văn Sắptuổi")));

		assertThat(youthUnit(this.past)).isNull();
		assertThat(youthUnit(this.oneDayShort)).isEqualTo(this.tree.youthBranch());
		assertThat(this.jdbc.sql("""
				select recorded_by from membership_event
				where person_id = :p and membership = 'YOUTH' and event_type = 'MATURED'""")
			.param("p", this.past)
			.query(String.class)
			.list()).containsExactly(this.officer.username());
		this.mvc.perform(get("/membership/youth").with(TestCallers.as(this.officer)))
			.andExpect(content()
				.string(allOf(containsString("maturations-per-year"), not(containsString("Hoàng Văn Quátuổi")))));
	}

	@Test
	void anOfficerOfAnotherYouthUnionCannotMatureOrSeeTheMembers() throws Exception {
		MassFixtures.Tree other = this.fixtures.tree("đoàn khác");
		Caller stranger = TestCallers.withRole(Role.YOUTH_OFFICER, other.youth());
		this.mvc.perform(get("/membership/youth").with(TestCallers.as(stranger)))
			.andExpect(content().string(not(containsString("Hoàng Văn Quátuổi"))));
		this.mvc
			.perform(post("/membership/youth/mature").with(TestCallers.as(stranger))
				.with(csrf())
				.param("person", Long.toString(this.past)))
			.andExpect(flash().attribute("flashError", containsString("Không tìm thấy")));
		assertThat(youthUnit(this.past)).isEqualTo(this.tree.youthBranch());
	}

	@Test
	void admissionChecksTheAgeAndTransfersWriteBothEvents() throws Exception {
		String young = cccdOf(
				this.fixtures.person("Vũ Văn Trẻ", TODAY.minusYears(20), this.tree.cell(), null, null, null));
		String child = cccdOf(
				this.fixtures.person("Vũ Văn Nhỏ", TODAY.minusYears(15), this.tree.cell(), null, null, null));
		this.mvc
			.perform(post("/membership/youth/join").with(TestCallers.as(this.officer))
				.with(csrf())
				.param("cccd", young)
				.param("unit", Long.toString(this.tree.youthBranch())))
			.andExpect(flash().attribute("flashMessage", containsString("Vũ Văn Trẻ")));
		this.mvc
			.perform(post("/membership/youth/join").with(TestCallers.as(this.officer))
				.with(csrf())
				.param("cccd", child)
				.param("unit", Long.toString(this.tree.youthBranch())))
			.andExpect(flash().attribute("flashError", containsString("15 tuổi")));

		this.mvc
			.perform(post("/membership/youth/transfer").with(TestCallers.as(this.officer))
				.with(csrf())
				.param("person", Long.toString(this.oneDayShort))
				.param("unit", Long.toString(this.tree.youthBranch()))
				.param("toUnit", Long.toString(this.tree.otherYouthBranch())))
			.andExpect(flash().attributeExists("flashMessage"));
		assertThat(youthUnit(this.oneDayShort)).isEqualTo(this.tree.otherYouthBranch());
		assertThat(this.jdbc.sql("""
				select event_type from membership_event where person_id = :p and membership = 'YOUTH' order by id""")
			.param("p", this.oneDayShort)
			.query(String.class)
			.list()).containsExactly("TRANSFER_OUT", "TRANSFER_IN");
	}

	@Test
	void aMemberLeavesWithAReasonOnThePageOrThroughTheApiAndAnotherYouthUnitCannot() throws Exception {
		this.mvc
			.perform(get("/membership/youth").param("unit", Long.toString(this.tree.youthBranch()))
				.with(TestCallers.as(this.officer)))
			.andExpect(content().string(allOf(containsString("/membership/youth/leave"),
					containsString("Hoàng Văn Sắptuổi ra khỏi Đoàn?"))));
		this.mvc
			.perform(post("/membership/youth/leave").with(TestCallers.as(this.officer))
				.with(csrf())
				.param("person", Long.toString(this.oneDayShort))
				.param("unit", Long.toString(this.tree.youthBranch()))
				.param("reason", " "))
			.andExpect(flash().attribute("flashError", containsString("lý do")));
		assertThat(youthUnit(this.oneDayShort)).isEqualTo(this.tree.youthBranch());

		this.mvc
			.perform(post("/membership/youth/leave").with(TestCallers.as(this.officer))
				.with(csrf())
				.param("person", Long.toString(this.oneDayShort))
				.param("unit", Long.toString(this.tree.youthBranch()))
				.param("reason", "Chuyển về quê sinh sống")
				.param("date", TODAY.minusDays(3).toString()))
			.andExpect(flash().attribute("flashMessage", containsString("Hoàng Văn Sắptuổi")));
		assertThat(youthUnit(this.oneDayShort)).isNull();
		assertThat(this.jdbc.sql("""
				select event_type || ' ' || occurred_on || ' ' || reason || ' ' || unit_id from membership_event
				where person_id = :p and membership = 'YOUTH'""")
			.param("p", this.oneDayShort)
			.query(String.class)
			.list())
			.containsExactly("LEFT " + TODAY.minusDays(3) + " Chuyển về quê sinh sống " + this.tree.youthBranch());

		Caller stranger = TestCallers.withRole(Role.YOUTH_OFFICER, new MassFixtures(this.jdbc).tree("khác").youth());
		this.mvc
			.perform(post("/api/v1/youth/members/" + this.past + "/leave").with(TestCallers.as(stranger))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"Xin ra khỏi Đoàn\"}"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/youth/members/" + this.past + "/leave").with(TestCallers.as(this.officer))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"Xin ra khỏi Đoàn\",\"date\":\"" + TODAY.plusDays(1) + "\"}"))
			.andExpect(status().is(422));
		this.mvc
			.perform(post("/api/v1/youth/members/" + this.past + "/leave").with(TestCallers.as(this.officer))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"Xin ra khỏi Đoàn\"}"))
			.andExpect(status().isNoContent());
		assertThat(youthUnit(this.past)).isNull();
		this.mvc
			.perform(post("/api/v1/youth/members/" + this.past + "/leave").with(TestCallers.as(this.officer))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"Lần nữa\"}"))
			.andExpect(status().isNotFound());
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

	private Long youthUnit(long person) {
		return this.jdbc.sql("select youth_unit_id from person where id = :p")
			.param("p", person)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private String cccdOf(long person) {
		return this.jdbc.sql("select cccd from person where id = :p").param("p", person).query(String.class).single();
	}

}
