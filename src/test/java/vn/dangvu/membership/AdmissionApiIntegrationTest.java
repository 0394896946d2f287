package vn.dangvu.membership;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.people.PeopleFixtures;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;
import vn.dangvu.testkit.Rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.testkit.JsonRequests.postJson;
import static vn.dangvu.testkit.PageText.bodyContains;
import static vn.dangvu.testkit.PageText.okBody;

/**
 * A candidate taken through the API from the certificate to full membership by the cell
 * secretary, with the policies refusing bad steps and another cell's secretary seeing
 * nothing.
 */
@IntegrationTest
class AdmissionApiIntegrationTest extends OnPartyCells {

	MembershipFixtures.AdmissionCell cell;

	@BeforeEach
	void cellWithTwoLongStandingMembersAndACandidate() throws Exception {
		this.cell = this.fixtures.admissionCell("Kết nạp thử", "Trần Văn Giới", "Lê Thị Thiệu", "Phạm Văn Ứng");
	}

	ResultActions step(Caller caller, long admission, String json) throws Exception {
		return this.mvc.perform(postJson(caller, "/api/v1/admissions/" + admission + "/steps", json));
	}

	/** A step the cell secretary records with a document and a vote (the resolutions). */
	ResultActions voted(long admission, String step, String date, String document, int votesFor, int votesAgainst,
			int votersTotal) throws Exception {
		return step(this.cell.secretary(), admission, """
				{"step":"%s","date":"%s","documentNumber":"%s","votesFor":%d,"votesAgainst":%d,"votersTotal":%d}"""
			.formatted(step, date, document, votesFor, votesAgainst, votersTotal));
	}

	/**
	 * The candidate's membership as the cell secretary reads it: {@code status?asOf=…} or
	 * {@code timeline}.
	 */
	ResultActions candidate(String what) throws Exception {
		return this.mvc.perform(get("/api/v1/members/" + this.cell.candidate() + "/" + what)
			.with(TestCallers.as(this.cell.secretary())));
	}

	@Test
	void secretaryTakesACandidateFromTheCertificateToFullMembership() throws Exception {
		long id = this.fixtures.open(this.cell);
		step(this.cell.secretary(), id,
				"{\"step\":\"CERTIFICATE\",\"date\":\"2024-01-05\",\"documentNumber\":\"GCN 12\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.steps.length()").value(1))
			.andExpect(jsonPath("$.nextStep").value("APPLICATION"));
		step(this.cell.secretary(), id, "{\"step\":\"APPLICATION\",\"date\":\"2024-02-01\"}")
			.andExpect(status().isOk());
		step(this.cell.secretary(), id, "{\"step\":\"BIOGRAPHY\",\"date\":\"2024-02-15\"}").andExpect(status().isOk());
		step(this.cell.secretary(), id, "{\"step\":\"INTRODUCERS\",\"date\":\"2024-03-01\",\"introducerIds\":[%d,%d]}"
			.formatted(this.cell.introducerA(), this.cell.introducerB())).andExpect(status().isOk());
		step(this.cell.secretary(), id, "{\"step\":\"COMMENTS\",\"date\":\"2024-04-01\"}").andExpect(status().isOk());
		step(this.cell.secretary(), id, "{\"step\":\"VETTING\",\"date\":\"2024-05-02\"}").andExpect(status().isOk());
		// 7 of 11 is short of 2/3: refused with the source document
		voted(id, "CELL_RESOLUTION", "2024-06-04", "01-NQ/CB", 7, 4, 11).andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("Quy định 24-QĐ/TW")))
			.andExpect(jsonPath("$.errors[0].field").value("votesFor"));
		voted(id, "CELL_RESOLUTION", "2024-06-04", "01-NQ/CB", 8, 4, 12).andExpect(status().isOk());
		voted(id, "COMMITTEE_RESOLUTION", "2024-06-18", "15-NQ/ĐU", 5, 0, 7).andExpect(status().isOk());
		step(this.cell.secretary(), id,
				"{\"step\":\"DECISION\",\"date\":\"2024-07-02\",\"documentNumber\":\"120-QĐ/ĐU\"}")
			.andExpect(status().isOk());
		step(this.cell.secretary(), id, "{\"step\":\"CEREMONY\",\"date\":\"2024-07-19\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ADMITTED"));
		assertThat(this.fixtures.mass().partyUnit(this.cell.candidate())).isEqualTo(this.cell.cell());
		// probationary members of the cell
		this.mvc.perform(get("/api/v1/probation?unit=" + this.cell.cell()).with(TestCallers.as(this.cell.secretary())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].personId").value(this.cell.candidate()))
			.andExpect(jsonPath("$[0].endsOn").value("2025-07-19"));
		// the cell votes after the end of probation, the decision comes late
		voted(id, "CONVERSION_RESOLUTION", "2025-07-18", "05-NQ/CB", 12, 0, 12)
			.andExpect(status().isUnprocessableContent());
		voted(id, "CONVERSION_RESOLUTION", "2025-07-25", "05-NQ/CB", 12, 0, 12).andExpect(status().isOk());
		step(this.cell.secretary(), id,
				"{\"step\":\"CONVERSION_DECISION\",\"date\":\"2025-09-15\",\"documentNumber\":\"300-QĐ/ĐU\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("FULL"));
		step(this.cell.secretary(), id, "{\"step\":\"CARD\",\"date\":\"2025-10-01\",\"cardNumber\":\"79.123456\"}")
			.andExpect(status().isOk());

		candidate("status?asOf=2025-07-18").andExpect(jsonPath("$.standing").value("PROBATIONARY"));
		candidate("status?asOf=2025-07-19").andExpect(jsonPath("$.standing").value("FULL"))
			.andExpect(jsonPath("$.cellId").value(this.cell.cell()))
			.andExpect(jsonPath("$.fullOn").value("2025-07-19"));
		candidate("status?asOf=2024-03-01").andExpect(jsonPath("$.standing").value("CANDIDATE"));
		candidate("timeline").andExpect(status().isOk())
			.andExpect(jsonPath("$[0].type").value("ADMITTED"))
			.andExpect(jsonPath("$[0].documentNumber").value("120-QĐ/ĐU"))
			.andExpect(jsonPath("$[1].type").value("CONVERTED"))
			.andExpect(jsonPath("$[1].occurredOn").value("2025-07-19"))
			.andExpect(jsonPath("$[2].type").value("CARD_ISSUED"));
		assertThat(this.membership.fullMembersOf(this.cell.cell(), LocalDate.of(2025, 7, 19)))
			.containsExactlyInAnyOrder(this.cell.introducerA(), this.cell.introducerB(), this.cell.candidate());
		this.mvc
			.perform(get(
					"/api/v1/statistics/membership?unit=" + this.cell.tree().root() + "&from=2024-01-01&to=2025-12-31")
				.with(TestCallers.as(TestCallers.admin())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total.admitted").value(1))
			.andExpect(jsonPath("$.total.converted").value(1));
		assertThat(this.jdbc.sql("select count(*) from audit_event where entity_type = 'AdmissionStep'")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void stepsOutOfOrderOrTooYoungIntroducersAreRefused() throws Exception {
		long id = this.fixtures.open(this.cell);
		step(this.cell.secretary(), id, "{\"step\":\"APPLICATION\",\"date\":\"2024-02-01\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("step"));
		step(this.cell.secretary(), id, "{\"step\":\"CERTIFICATE\",\"date\":\"2099-01-01\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		step(this.cell.secretary(), id, "{\"step\":\"CERTIFICATE\",\"date\":\"2024-01-05\"}")
			.andExpect(status().isOk());
		step(this.cell.secretary(), id, "{\"step\":\"APPLICATION\",\"date\":\"2024-02-01\"}")
			.andExpect(status().isOk());
		step(this.cell.secretary(), id, "{\"step\":\"BIOGRAPHY\",\"date\":\"2024-02-15\"}").andExpect(status().isOk());
		// the candidate is no Party member and cannot introduce
		step(this.cell.secretary(), id,
				"{\"step\":\"INTRODUCERS\",\"date\":\"2024-03-01\",\"introducerIds\":[%d,%d]}"
					.formatted(this.cell.introducerA(), this.cell.candidate()))
			.andExpect(status().isUnprocessableContent());
		step(this.cell.secretary(), id,
				"{\"step\":\"INTRODUCERS\",\"date\":\"2024-03-01\",\"introducerIds\":[%d]}"
					.formatted(this.cell.introducerA()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("introducerIds"));
		// a second file for the same person is a conflict
		this.mvc
			.perform(postJson(this.cell.secretary(), "/api/v1/admissions",
					"{\"personId\":%d,\"cellId\":%d}".formatted(this.cell.candidate(), this.cell.cell())))
			.andExpect(status().isConflict());
	}

	@Test
	void aSecretaryOfAnotherCellSeesNothingOfThisCellsCandidate() throws Exception {
		long id = this.fixtures.open(this.cell);
		PeopleFixtures.Tree other = new PeopleFixtures(this.jdbc).tree("Chi bộ khác");
		Caller stranger = TestCallers.withRole(Role.CELL_SECRETARY, other.cell());
		this.mvc.perform(get("/api/v1/admissions/" + id).with(TestCallers.as(stranger)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		step(stranger, id, "{\"step\":\"CERTIFICATE\",\"date\":\"2024-01-05\"}").andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/members/" + this.cell.candidate() + "/timeline").with(TestCallers.as(stranger)))
			.andExpect(status().isNotFound());
		String list = okBody(this.mvc.perform(get("/api/v1/admissions").with(TestCallers.as(stranger))));
		assertThat(list).doesNotContain("\"id\":" + id + ",");
		assertThat(Rows.one(this.jdbc, Long.class, "select count(*) from admission_step where admission_id = :id", id))
			.isZero();
	}

	@Test
	void theMembershipEndpointsAreDocumented() throws Exception {
		this.mvc.perform(get("/v3/api-docs").with(TestCallers.as(TestCallers.admin())))
			.andExpect(status().isOk())
			.andExpect(bodyContains("/api/v1/admissions/{id}/steps", "/api/v1/members/{personId}/status",
					"/api/v1/statistics/membership", "/api/v1/probation"));
	}

}
