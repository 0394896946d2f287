package vn.dangvu.membership;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.people.PeopleFixtures;
import vn.dangvu.people.Sex;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Correcting admission files: withdrawing the last recorded step (the ceremony undoes the
 * admission in the log and the person's cell, and can be recorded again) and closing the
 * file of a candidate who is not admitted.
 */
@IntegrationTest
class AdmissionCorrectionIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MembershipApi membership;

	PeopleFixtures.Tree tree;

	Caller secretary;

	long candidate;

	long introducerA;

	long introducerB;

	@BeforeEach
	void cellWithTwoLongStandingMembersAndACandidate() throws Exception {
		this.tree = new PeopleFixtures(this.jdbc).tree("Sửa hồ sơ");
		this.secretary = TestCallers.withRole(Role.CELL_SECRETARY, this.tree.cell());
		this.introducerA = person("Đỗ Văn Một", LocalDate.of(1975, 1, 1), this.tree.cell());
		this.introducerB = person("Hà Thị Hai", LocalDate.of(1980, 1, 1), this.tree.cell());
		for (long p : new long[] { this.introducerA, this.introducerB }) {
			this.jdbc.sql("""
					insert into membership_event (person_id, membership, event_type, occurred_on, unit_id, details,
					  recorded_by) values (:p, 'PARTY', 'RECORDED', date '2010-05-19', :c,
					  '{"admittedOn":"2010-05-19","fullOn":"2011-05-19"}'::jsonb, 'test')""")
				.param("p", p)
				.param("c", this.tree.cell())
				.update();
		}
		this.candidate = person("Vũ Văn Sửa", LocalDate.of(1996, 4, 2), null);
	}

	long person(String name, LocalDate birth, Long partyUnit) throws Exception {
		String body = """
				{"fullName":"%s","birthDate":"%s","sex":"MALE","cccd":"%s","generalEducation":"GRADE_12_12",
				 "workUnitId":%d%s}""".formatted(name, birth, PeopleFixtures.cccd(birth, Sex.MALE), this.tree.cell(),
				partyUnit == null ? "" : ",\"partyUnitId\":" + partyUnit);
		String json = this.mvc
			.perform(post("/api/v1/people").with(TestCallers.as(TestCallers.admin()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	ResultActions postJson(Caller caller, String url, String json) throws Exception {
		return this.mvc
			.perform(post(url).with(TestCallers.as(caller)).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	ResultActions step(long admission, String json) throws Exception {
		return postJson(this.secretary, "/api/v1/admissions/" + admission + "/steps", json);
	}

	ResultActions withdraw(Caller caller, long admission, String json) throws Exception {
		return postJson(caller, "/api/v1/admissions/" + admission + "/steps/last/withdrawal", json);
	}

	long open() throws Exception {
		String json = postJson(this.secretary, "/api/v1/admissions",
				"{\"personId\":%d,\"cellId\":%d,\"openedOn\":\"2024-01-02\"}".formatted(this.candidate,
						this.tree.cell()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	/** The person's Party cell, -1 for none. */
	long partyUnit() {
		return this.jdbc.sql("select coalesce(party_unit_id, -1) from person where id = :p")
			.param("p", this.candidate)
			.query(Long.class)
			.single();
	}

	@Test
	void withdrawingTheCeremonyMakesTheCandidateACandidateAgainAndItCanBeRecordedAgain() throws Exception {
		long id = open();
		step(id, "{\"step\":\"CERTIFICATE\",\"date\":\"2024-01-05\",\"documentNumber\":\"GCN 12\"}")
			.andExpect(status().isOk());
		step(id, "{\"step\":\"APPLICATION\",\"date\":\"2024-02-01\"}").andExpect(status().isOk());
		step(id, "{\"step\":\"BIOGRAPHY\",\"date\":\"2024-02-15\"}").andExpect(status().isOk());
		step(id, "{\"step\":\"INTRODUCERS\",\"date\":\"2024-03-01\",\"introducerIds\":[%d,%d]}"
			.formatted(this.introducerA, this.introducerB)).andExpect(status().isOk());
		step(id, "{\"step\":\"COMMENTS\",\"date\":\"2024-04-01\"}").andExpect(status().isOk());
		step(id, "{\"step\":\"VETTING\",\"date\":\"2024-05-02\"}").andExpect(status().isOk());
		step(id, """
				{"step":"CELL_RESOLUTION","date":"2024-06-04","documentNumber":"01-NQ/CB",
				 "votesFor":8,"votesAgainst":4,"votersTotal":12}""").andExpect(status().isOk());
		step(id, """
				{"step":"COMMITTEE_RESOLUTION","date":"2024-06-18","documentNumber":"15-NQ/ĐU",
				 "votesFor":5,"votesAgainst":0,"votersTotal":7}""").andExpect(status().isOk());
		step(id, "{\"step\":\"DECISION\",\"date\":\"2024-07-02\",\"documentNumber\":\"120-QĐ/ĐU\"}")
			.andExpect(status().isOk());
		step(id, "{\"step\":\"CEREMONY\",\"date\":\"2024-07-19\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ADMITTED"));
		assertThat(partyUnit()).isEqualTo(this.tree.cell());
		long admitted = this.jdbc
			.sql("select id from membership_event where person_id = :p and event_type = 'ADMITTED'")
			.param("p", this.candidate)
			.query(Long.class)
			.single();

		// a reason is required, another cell's secretary sees nothing
		withdraw(this.secretary, id, "{\"reason\":\"  \"}").andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		Caller stranger = TestCallers.withRole(Role.CELL_SECRETARY,
				new PeopleFixtures(this.jdbc).tree("Chi bộ lạ").cell());
		withdraw(stranger, id, "{\"reason\":\"Ghi nhầm\"}").andExpect(status().isNotFound());

		withdraw(this.secretary, id, "{\"reason\":\"Ghi nhầm ngày lễ kết nạp\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("OPEN"))
			.andExpect(jsonPath("$.nextStep").value("CEREMONY"))
			.andExpect(jsonPath("$.steps.length()").value(9))
			.andExpect(jsonPath("$.withdrawn[0].step").value("CEREMONY"))
			.andExpect(jsonPath("$.withdrawn[0].reason").value("Ghi nhầm ngày lễ kết nạp"));
		assertThat(this.membership.statusOn(this.candidate, LocalDate.of(2024, 7, 19)).standing())
			.isEqualTo(Standing.CANDIDATE);
		assertThat(partyUnit()).isEqualTo(-1L);
		assertThat(this.jdbc.sql("""
				select count(*) from membership_event where corrects_id = :e and event_type = 'CORRECTED'
				  and reason = 'Ghi nhầm ngày lễ kết nạp'""").param("e", admitted).query(Long.class).single())
			.isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event where entity_type = 'AdmissionStep' and action = 'WITHDRAW'
				  and after_state ->> 'step' = 'CEREMONY' and unit_id = :c""")
			.param("c", this.tree.cell())
			.query(Long.class)
			.single()).isEqualTo(1);
		this.mvc.perform(get("/api/v1/members/" + this.candidate + "/timeline").with(TestCallers.as(this.secretary)))
			.andExpect(jsonPath("$[?(@.type == 'ADMITTED')].voided").value(true));

		// the ceremony recorded again, on the right day
		step(id, "{\"step\":\"CEREMONY\",\"date\":\"2024-07-22\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ADMITTED"));
		assertThat(partyUnit()).isEqualTo(this.tree.cell());
		assertThat(this.membership.statusOn(this.candidate, LocalDate.of(2024, 7, 19)).standing())
			.isEqualTo(Standing.CANDIDATE);
		assertThat(this.membership.statusOn(this.candidate, LocalDate.of(2024, 7, 22)).standing())
			.isEqualTo(Standing.PROBATIONARY);
		// the page offers the withdrawal with a confirmation and shows the history
		this.mvc.perform(get("/membership/admissions/" + id).with(TestCallers.as(this.secretary)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"withdraw-form\"")))
			.andExpect(content().string(containsString("Ghi nhầm ngày lễ kết nạp")))
			.andExpect(content().string(containsString("data-confirm=\"Hủy bước")));
	}

	@Test
	void aClosedFileLeavesTheListRefusesStepsAndTheCandidateCanBeProposedAgain() throws Exception {
		long id = open();
		step(id, "{\"step\":\"CERTIFICATE\",\"date\":\"2024-01-05\"}").andExpect(status().isOk());
		step(id, "{\"step\":\"APPLICATION\",\"date\":\"2024-02-01\"}").andExpect(status().isOk());
		// a mistaken application withdrawn through the page, then recorded again
		this.mvc
			.perform(
					post("/membership/admissions/" + id + "/steps/last/withdrawal").with(TestCallers.as(this.secretary))
						.with(csrf())
						.param("reason", "Nhầm người"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flashMessage"));
		this.mvc.perform(get("/api/v1/admissions/" + id).with(TestCallers.as(this.secretary)))
			.andExpect(jsonPath("$.nextStep").value("APPLICATION"));
		step(id, "{\"step\":\"APPLICATION\",\"date\":\"2024-02-02\"}").andExpect(status().isOk());

		postJson(this.secretary, "/api/v1/admissions/" + id + "/closing", "{}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		postJson(this.secretary, "/api/v1/admissions/" + id + "/closing",
				"{\"reason\":\"Quần chúng xin rút\",\"closedOn\":\"2024-01-20\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("closedOn"));
		postJson(this.secretary, "/api/v1/admissions/" + id + "/closing",
				"{\"reason\":\"Quần chúng xin rút\",\"closedOn\":\"2024-03-01\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("CLOSED"))
			.andExpect(jsonPath("$.closedOn").value("2024-03-01"))
			.andExpect(jsonPath("$.closedReason").value("Quần chúng xin rút"));

		step(id, "{\"step\":\"BIOGRAPHY\",\"date\":\"2024-03-05\"}").andExpect(status().isUnprocessableContent());
		withdraw(this.secretary, id, "{\"reason\":\"x\"}").andExpect(status().isUnprocessableContent());
		postJson(this.secretary, "/api/v1/admissions/" + id + "/closing", "{\"reason\":\"lại\"}")
			.andExpect(status().isUnprocessableContent());
		assertThat(this.membership.statusOn(this.candidate, LocalDate.of(2024, 2, 15)).standing())
			.isEqualTo(Standing.CANDIDATE);
		assertThat(this.membership.statusOn(this.candidate, LocalDate.of(2024, 3, 2)).standing())
			.isEqualTo(Standing.NONE);

		this.mvc.perform(get("/api/v1/admissions?unit=" + this.tree.cell()).with(TestCallers.as(this.secretary)))
			.andExpect(jsonPath("$.totalElements").value(0));
		this.mvc
			.perform(get("/api/v1/admissions?state=CLOSED&unit=" + this.tree.cell())
				.with(TestCallers.as(this.secretary)))
			.andExpect(jsonPath("$.content[0].id").value(id));
		String link = "/membership/admissions/" + id + "\"";
		this.mvc.perform(get("/membership").with(TestCallers.as(this.secretary)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(link))));
		this.mvc.perform(get("/membership?closed=true").with(TestCallers.as(this.secretary)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(link)));
		this.mvc.perform(get("/membership/admissions/" + id).with(TestCallers.as(this.secretary)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Quần chúng xin rút")))
			.andExpect(content().string(not(containsString("id=\"close-form\""))));

		// proposed again in a new file
		postJson(this.secretary, "/api/v1/admissions", "{\"personId\":%d,\"cellId\":%d,\"openedOn\":\"2024-09-02\"}"
			.formatted(this.candidate, this.tree.cell())).andExpect(status().isCreated());
	}

}
