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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.testkit.FormRequests.postForm;

/**
 * Issue 9, items 10 and 11, as the officers of a tree of the test's own: joining by CCCD
 * finds only people the officer may manage (anyone else answers like an unknown CCCD),
 * and ending or transferring a Party membership checks scope before any rule (404 for
 * anyone out of scope, member or not).
 */
@IntegrationTest
class ReachOutsideScopeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	MassFixtures fixtures;

	/** The agency: a committee with its cells, the union and youth union serving them. */
	MassFixtures.Tree agency;

	/** A committee, union and youth union outside the agency. */
	MassFixtures.Tree elsewhere;

	@BeforeEach
	void setUp() {
		this.fixtures = new MassFixtures(this.jdbc);
		this.agency = this.fixtures.tree("trong Cục");
		this.elsewhere = this.fixtures.tree("ngoài Cục");
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
		Caller congdoan = this.agency.unionOfficer();
		long stranger = this.fixtures.person("Lê Văn Ngoàicục", LocalDate.of(1988, 3, 3), this.elsewhere.cell(), null,
				null, null);
		String cccd = cccdOf(stranger);
		String unknown = PeopleFixtures.cccd(LocalDate.of(1988, 3, 3), Sex.MALE);

		String outOfScope = join("union", congdoan, cccd, this.agency.union());
		String notFound = join("union", congdoan, unknown, this.agency.union());

		assertThat(outOfScope).startsWith("ERROR").doesNotContain("Ngoàicục");
		assertThat(outOfScope.replace(cccd, "#")).isEqualTo(notFound.replace(unknown, "#"));
		assertThat(column("union_unit_id", stranger)).isNull();
		this.mvc.perform(get("/api/v1/people/{id}", stranger).with(TestCallers.as(congdoan)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aBranchUnionEnrolsOnlyTheStaffOfTheOfficeItServes() throws Exception {
		long staff = this.fixtures.person("Trần Văn Cầutreo", LocalDate.of(1990, 5, 5), this.agency.cell(), null, null,
				null);
		String cccd = cccdOf(staff);
		Caller otherBranch = this.elsewhere.unionOfficer();
		assertThat(join("union", otherBranch, cccd, this.elsewhere.union())).startsWith("ERROR")
			.doesNotContain("Cầutreo");
		assertThat(column("union_unit_id", staff)).isNull();

		Caller ownBranch = this.agency.unionOfficer();
		assertThat(join("union", ownBranch, cccd, this.agency.unionBranch())).startsWith("OK").contains("Cầutreo");
		assertThat(column("union_unit_id", staff)).isEqualTo(this.agency.unionBranch());
	}

	@Test
	void doanthanhnienLearnsNeitherNameNorAgeOfAPersonOutsideItsScope() throws Exception {
		Caller doanthanhnien = this.agency.youthOfficer();
		LocalDate born = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusYears(40);
		long old = this.fixtures.person("Phạm Văn Lớntuổi", born, this.elsewhere.cell(), null, null, null);
		String cccd = cccdOf(old);
		String unknown = PeopleFixtures.cccd(born, Sex.MALE);

		String outOfScope = join("youth", doanthanhnien, cccd, this.agency.youthBranch());
		String notFound = join("youth", doanthanhnien, unknown, this.agency.youthBranch());

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
		Caller bithu = this.agency.secretary();
		long memberElsewhere = this.fixtures.partyMember("Vũ Văn Đảngviên", LocalDate.of(1980, 7, 7),
				this.elsewhere.cell(), this.elsewhere.cell());
		long nonMemberElsewhere = this.fixtures.person("Đỗ Văn Quầnchúng", LocalDate.of(1991, 1, 1),
				this.elsewhere.cell(), null, null, null);
		long nonMemberHere = this.fixtures.person("Đỗ Văn Cảmtình", LocalDate.of(1992, 2, 2), this.agency.cell(), null,
				null, null);
		String today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
		String ending = """
				{"type":"STRUCK_OFF","date":"%s","reason":"Bỏ sinh hoạt","documentNumber":"9-QĐ/ĐU"}"""
			.formatted(today);
		String transfer = "{\"personId\":%d,\"toCellId\":" + this.agency.otherCell() + ",\"sentOn\":\"" + today + "\"}";

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
