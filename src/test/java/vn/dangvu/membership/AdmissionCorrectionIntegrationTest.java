package vn.dangvu.membership;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.people.PeopleFixtures;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.testkit.FormRequests.postForm;
import static vn.dangvu.testkit.JsonRequests.postJson;
import static vn.dangvu.testkit.PageText.bodyContains;

/**
 * Correcting admission files: withdrawing the last recorded step (the ceremony undoes the
 * admission in the log and the person's cell, and can be recorded again) and closing the
 * file of a candidate who is not admitted.
 */
@IntegrationTest
class AdmissionCorrectionIntegrationTest extends OnPartyCells {

	MembershipFixtures.AdmissionCell cell;

	@BeforeEach
	void cellWithTwoLongStandingMembersAndACandidate() throws Exception {
		this.cell = this.fixtures.admissionCell("Sửa hồ sơ", "Đỗ Văn Một", "Hà Thị Hai", "Vũ Văn Sửa");
	}

	ResultActions step(long admission, String json) throws Exception {
		return this.mvc.perform(postJson(this.cell.secretary(), "/api/v1/admissions/" + admission + "/steps", json));
	}

	ResultActions close(long admission, String json) throws Exception {
		return this.mvc.perform(postJson(this.cell.secretary(), "/api/v1/admissions/" + admission + "/closing", json));
	}

	ResultActions withdraw(Caller caller, long admission, String json) throws Exception {
		return this.mvc.perform(postJson(caller, "/api/v1/admissions/" + admission + "/steps/last/withdrawal", json));
	}

	@Test
	void withdrawingTheCeremonyMakesTheCandidateACandidateAgainAndItCanBeRecordedAgain() throws Exception {
		long id = this.fixtures.open(this.cell);
		String introducers = "%d,%d".formatted(this.cell.introducerA(), this.cell.introducerB());
		for (String step : List.of("{\"step\":\"CERTIFICATE\",\"date\":\"2024-01-05\",\"documentNumber\":\"GCN 12\"}",
				"{\"step\":\"APPLICATION\",\"date\":\"2024-02-01\"}",
				"{\"step\":\"BIOGRAPHY\",\"date\":\"2024-02-15\"}",
				"{\"step\":\"INTRODUCERS\",\"date\":\"2024-03-01\",\"introducerIds\":[" + introducers + "]}",
				"{\"step\":\"COMMENTS\",\"date\":\"2024-04-01\"}", "{\"step\":\"VETTING\",\"date\":\"2024-05-02\"}", """
						{"step":"CELL_RESOLUTION","date":"2024-06-04","documentNumber":"01-NQ/CB",
						 "votesFor":8,"votesAgainst":4,"votersTotal":12}""", """
						{"step":"COMMITTEE_RESOLUTION","date":"2024-06-18","documentNumber":"15-NQ/ĐU",
						 "votesFor":5,"votesAgainst":0,"votersTotal":7}""",
				"{\"step\":\"DECISION\",\"date\":\"2024-07-02\",\"documentNumber\":\"120-QĐ/ĐU\"}")) {
			step(id, step).andExpect(status().isOk());
		}
		step(id, "{\"step\":\"CEREMONY\",\"date\":\"2024-07-19\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ADMITTED"));
		assertThat(this.fixtures.mass().partyUnit(this.cell.candidate())).isEqualTo(this.cell.cell());
		long admitted = this.jdbc
			.sql("select id from membership_event where person_id = :p and event_type = 'ADMITTED'")
			.param("p", this.cell.candidate())
			.query(Long.class)
			.single();

		// a reason is required, another cell's secretary sees nothing
		withdraw(this.cell.secretary(), id, "{\"reason\":\"  \"}").andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		Caller stranger = TestCallers.withRole(Role.CELL_SECRETARY,
				new PeopleFixtures(this.jdbc).tree("Chi bộ lạ").cell());
		withdraw(stranger, id, "{\"reason\":\"Ghi nhầm\"}").andExpect(status().isNotFound());

		withdraw(this.cell.secretary(), id, "{\"reason\":\"Ghi nhầm ngày lễ kết nạp\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("OPEN"))
			.andExpect(jsonPath("$.nextStep").value("CEREMONY"))
			.andExpect(jsonPath("$.steps.length()").value(9))
			.andExpect(jsonPath("$.withdrawn[0].step").value("CEREMONY"))
			.andExpect(jsonPath("$.withdrawn[0].reason").value("Ghi nhầm ngày lễ kết nạp"));
		assertThat(this.membership.statusOn(this.cell.candidate(), LocalDate.of(2024, 7, 19)).standing())
			.isEqualTo(Standing.CANDIDATE);
		assertThat(this.fixtures.mass().partyUnit(this.cell.candidate())).isNull();
		assertThat(this.jdbc.sql("""
				select count(*) from membership_event where corrects_id = :e and event_type = 'CORRECTED'
				  and reason = 'Ghi nhầm ngày lễ kết nạp'""").param("e", admitted).query(Long.class).single())
			.isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event where entity_type = 'AdmissionStep' and action = 'WITHDRAW'
				  and after_state ->> 'step' = 'CEREMONY' and unit_id = :c""")
			.param("c", this.cell.cell())
			.query(Long.class)
			.single()).isEqualTo(1);
		this.mvc
			.perform(get("/api/v1/members/" + this.cell.candidate() + "/timeline")
				.with(TestCallers.as(this.cell.secretary())))
			.andExpect(jsonPath("$[?(@.type == 'ADMITTED')].voided").value(true));

		// the ceremony recorded again, on the right day
		step(id, "{\"step\":\"CEREMONY\",\"date\":\"2024-07-22\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ADMITTED"));
		assertThat(this.fixtures.mass().partyUnit(this.cell.candidate())).isEqualTo(this.cell.cell());
		assertThat(this.membership.statusOn(this.cell.candidate(), LocalDate.of(2024, 7, 19)).standing())
			.isEqualTo(Standing.CANDIDATE);
		assertThat(this.membership.statusOn(this.cell.candidate(), LocalDate.of(2024, 7, 22)).standing())
			.isEqualTo(Standing.PROBATIONARY);
		// the page offers the withdrawal with a confirmation and shows the history
		this.mvc.perform(get("/membership/admissions/" + id).with(TestCallers.as(this.cell.secretary())))
			.andExpect(status().isOk())
			.andExpect(bodyContains("id=\"withdraw-form\"", "Ghi nhầm ngày lễ kết nạp", "data-confirm=\"Hủy bước"));
	}

	@Test
	void aClosedFileLeavesTheListRefusesStepsAndTheCandidateCanBeProposedAgain() throws Exception {
		long id = this.fixtures.open(this.cell);
		step(id, "{\"step\":\"CERTIFICATE\",\"date\":\"2024-01-05\"}").andExpect(status().isOk());
		step(id, "{\"step\":\"APPLICATION\",\"date\":\"2024-02-01\"}").andExpect(status().isOk());
		// a mistaken application withdrawn through the page, then recorded again
		this.mvc
			.perform(postForm(this.cell.secretary(), "/membership/admissions/" + id + "/steps/last/withdrawal",
					"reason", "Nhầm người"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flashMessage"));
		this.mvc.perform(get("/api/v1/admissions/" + id).with(TestCallers.as(this.cell.secretary())))
			.andExpect(jsonPath("$.nextStep").value("APPLICATION"));
		step(id, "{\"step\":\"APPLICATION\",\"date\":\"2024-02-02\"}").andExpect(status().isOk());

		close(id, "{}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		close(id, "{\"reason\":\"Quần chúng xin rút\",\"closedOn\":\"2024-01-20\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("closedOn"));
		close(id, "{\"reason\":\"Quần chúng xin rút\",\"closedOn\":\"2024-03-01\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("CLOSED"))
			.andExpect(jsonPath("$.closedOn").value("2024-03-01"))
			.andExpect(jsonPath("$.closedReason").value("Quần chúng xin rút"));

		step(id, "{\"step\":\"BIOGRAPHY\",\"date\":\"2024-03-05\"}").andExpect(status().isUnprocessableContent());
		withdraw(this.cell.secretary(), id, "{\"reason\":\"x\"}").andExpect(status().isUnprocessableContent());
		close(id, "{\"reason\":\"lại\"}").andExpect(status().isUnprocessableContent());
		assertThat(this.membership.statusOn(this.cell.candidate(), LocalDate.of(2024, 2, 15)).standing())
			.isEqualTo(Standing.CANDIDATE);
		assertThat(this.membership.statusOn(this.cell.candidate(), LocalDate.of(2024, 3, 2)).standing())
			.isEqualTo(Standing.NONE);

		this.mvc.perform(get("/api/v1/admissions?unit=" + this.cell.cell()).with(TestCallers.as(this.cell.secretary())))
			.andExpect(jsonPath("$.totalElements").value(0));
		this.mvc
			.perform(get("/api/v1/admissions?state=CLOSED&unit=" + this.cell.cell())
				.with(TestCallers.as(this.cell.secretary())))
			.andExpect(jsonPath("$.content[0].id").value(id));
		String link = "/membership/admissions/" + id + "\"";
		this.mvc.perform(get("/membership").with(TestCallers.as(this.cell.secretary())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(link))));
		this.mvc.perform(get("/membership?closed=true").with(TestCallers.as(this.cell.secretary())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(link)));
		this.mvc.perform(get("/membership/admissions/" + id).with(TestCallers.as(this.cell.secretary())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Quần chúng xin rút")))
			.andExpect(content().string(not(containsString("id=\"close-form\""))));

		// proposed again in a new file
		this.mvc.perform(postJson(this.cell.secretary(), "/api/v1/admissions", this.cell.openingOn("2024-09-02")))
			.andExpect(status().isCreated());
	}

}
