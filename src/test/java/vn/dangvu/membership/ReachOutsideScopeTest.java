package vn.dangvu.membership;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.people.PeopleFixtures;
import vn.dangvu.people.Sex;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.testkit.FormRequests.postForm;

/**
 * Issue 9, items 10 and 11, as the demo officers: joining by CCCD finds only people the
 * officer may manage (anyone else answers like an unknown CCCD), and ending or
 * transferring a Party membership checks scope before any rule (404 for anyone out of
 * scope, member or not).
 */
@IntegrationTest
class ReachOutsideScopeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	MassFixtures fixtures;

	/** A committee, union and youth union outside the demo agency. */
	MassFixtures.Tree elsewhere;

	long cauTreo;

	@BeforeEach
	void setUp() {
		this.fixtures = new MassFixtures(this.jdbc);
		this.elsewhere = this.fixtures.tree("ngoài Cục");
		this.cauTreo = id("CB-CAUTREO");
	}

	long id(String code) {
		return this.jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
	}

	String cccdOf(long person) {
		return this.jdbc.sql("select cccd from person where id = :p").param("p", person).query(String.class).single();
	}

	Long column(String column, long person) {
		return this.jdbc.sql("select " + column + " from person where id = :p")
			.param("p", person)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	/** The flash message a join answers with. */
	String join(String kind, Caller caller, String cccd, long unit) throws Exception {
		var flash = this.mvc
			.perform(postForm(caller, "/membership/" + kind + "/join", "cccd", cccd, "unit", Long.toString(unit)))
			.andReturn()
			.getFlashMap();
		Object error = flash.get("flashError");
		return error != null ? "ERROR " + error : "OK " + flash.get("flashMessage");
	}

	@Test
	void congdoanCannotEnrolOrReadAPersonOutsideItsAgencyAndTheAnswerIsThatOfAnUnknownCccd() throws Exception {
		Caller congdoan = TestCallers.withRole(Role.UNION_OFFICER, id("CD-CUC"));
		long stranger = this.fixtures.person("Lê Văn Ngoàicục", LocalDate.of(1988, 3, 3), this.elsewhere.cell(), null,
				null, null);
		String cccd = cccdOf(stranger);
		String unknown = PeopleFixtures.cccd(LocalDate.of(1988, 3, 3), Sex.MALE);

		String outOfScope = join("union", congdoan, cccd, id("CD-CUC"));
		String notFound = join("union", congdoan, unknown, id("CD-CUC"));

		assertThat(outOfScope).startsWith("ERROR").doesNotContain("Ngoàicục");
		assertThat(outOfScope.replace(cccd, "#")).isEqualTo(notFound.replace(unknown, "#"));
		assertThat(column("union_unit_id", stranger)).isNull();
		this.mvc.perform(get("/api/v1/people/{id}", stranger).with(TestCallers.as(congdoan)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aBranchUnionEnrolsOnlyTheStaffOfTheOfficeItServes() throws Exception {
		long staff = this.fixtures.person("Trần Văn Cầutreo", LocalDate.of(1990, 5, 5), this.cauTreo, null, null, null);
		String cccd = cccdOf(staff);
		Caller otherBranch = TestCallers.withRole(Role.UNION_OFFICER, id("CD-KVI"));
		assertThat(join("union", otherBranch, cccd, id("CD-KVI"))).startsWith("ERROR").doesNotContain("Cầutreo");
		assertThat(column("union_unit_id", staff)).isNull();

		Caller ownBranch = TestCallers.withRole(Role.UNION_OFFICER, id("CD-KVXI"));
		assertThat(join("union", ownBranch, cccd, id("CD-CAUTREO"))).startsWith("OK").contains("Cầutreo");
		assertThat(column("union_unit_id", staff)).isEqualTo(id("CD-CAUTREO"));
	}

	@Test
	void doanthanhnienLearnsNeitherNameNorAgeOfAPersonOutsideItsScope() throws Exception {
		Caller doanthanhnien = TestCallers.withRole(Role.YOUTH_OFFICER, id("DTN-CUC"));
		LocalDate born = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusYears(40);
		long old = this.fixtures.person("Phạm Văn Lớntuổi", born, this.elsewhere.cell(), null, null, null);
		String cccd = cccdOf(old);
		String unknown = PeopleFixtures.cccd(born, Sex.MALE);

		String outOfScope = join("youth", doanthanhnien, cccd, id("DTN-CAUTREO"));
		String notFound = join("youth", doanthanhnien, unknown, id("DTN-CAUTREO"));

		assertThat(outOfScope.replace(cccd, "#")).startsWith("ERROR").doesNotContain("Lớntuổi").doesNotContain("40");
		assertThat(outOfScope.replace(cccd, "#")).isEqualTo(notFound.replace(unknown, "#"));
		assertThat(column("youth_unit_id", old)).isNull();
	}

	MockHttpServletResponse postJson(Caller caller, String url, String json) throws Exception {
		return this.mvc
			.perform(post(url).with(TestCallers.as(caller)).contentType(MediaType.APPLICATION_JSON).content(json))
			.andReturn()
			.getResponse();
	}

	@Test
	void endingsAndTransfersAnswerNotFoundForAnyoneOutOfScopeMemberOrNot() throws Exception {
		Caller bithu = TestCallers.withRole(Role.CELL_SECRETARY, this.cauTreo);
		long memberElsewhere = this.jdbc.sql("""
				select min(p.id) from person p join org_unit u on u.id = p.party_unit_id
				where u.path like (select path from org_unit where code = 'DB-KVI') || '%'""")
			.query(Long.class)
			.single();
		long nonMemberElsewhere = this.fixtures.person("Đỗ Văn Quầnchúng", LocalDate.of(1991, 1, 1),
				this.elsewhere.cell(), null, null, null);
		long nonMemberHere = this.fixtures.person("Đỗ Văn Cảmtình", LocalDate.of(1992, 2, 2), this.cauTreo, null, null,
				null);
		String today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
		String ending = """
				{"type":"STRUCK_OFF","date":"%s","reason":"Bỏ sinh hoạt","documentNumber":"9-QĐ/ĐU"}"""
			.formatted(today);
		String transfer = "{\"personId\":%d,\"toCellId\":" + id("CB-VUNGANG") + ",\"sentOn\":\"" + today + "\"}";

		MockHttpServletResponse endMember = postJson(bithu, "/api/v1/members/" + memberElsewhere + "/endings", ending);
		MockHttpServletResponse endNonMember = postJson(bithu, "/api/v1/members/" + nonMemberElsewhere + "/endings",
				ending);
		MockHttpServletResponse sendMember = postJson(bithu, "/api/v1/transfers", transfer.formatted(memberElsewhere));
		MockHttpServletResponse sendNonMember = postJson(bithu, "/api/v1/transfers",
				transfer.formatted(nonMemberElsewhere));
		for (MockHttpServletResponse r : new MockHttpServletResponse[] { endMember, endNonMember, sendMember,
				sendNonMember }) {
			assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(404);
		}
		assertThat(detail(endNonMember)).isEqualTo(detail(endMember));
		assertThat(detail(sendNonMember)).isEqualTo(detail(sendMember));
		assertThat(column("party_unit_id", memberElsewhere)).isNotNull();

		// in scope, the rules answer: not a Party member
		assertThat(postJson(bithu, "/api/v1/members/" + nonMemberHere + "/endings", ending).getStatus()).isEqualTo(422);
		assertThat(postJson(bithu, "/api/v1/transfers", transfer.formatted(nonMemberHere)).getStatus()).isEqualTo(422);
	}

	static String detail(MockHttpServletResponse r) throws Exception {
		return JsonPath.read(r.getContentAsString(), "$.detail");
	}

}
