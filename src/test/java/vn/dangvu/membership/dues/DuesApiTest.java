package vn.dangvu.membership.dues;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.membership.OnAFreshTree;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.testkit.JsonRequests.postJson;

@IntegrationTest
class DuesApiTest extends OnAFreshTree {

	DuesApiTest() {
		super("đảng phí");
	}

	long salaried;

	long student;

	long pensioner;

	long unionMember;

	@BeforeEach
	void setUp() {
		LocalDate born = LocalDate.of(1980, 3, 3);
		this.salaried = this.fixtures.person("Trần Văn Lương", born, this.tree.cell(), this.tree.cell(), null, null);
		this.student = this.fixtures.person("Lê Thị Học", LocalDate.of(2003, 1, 1), this.tree.cell(), this.tree.cell(),
				null, null);
		this.pensioner = this.fixtures.person("Phạm Văn Hưu", LocalDate.of(1955, 1, 1), this.tree.cell(),
				this.tree.cell(), null, null);
		this.unionMember = this.fixtures.person("Đỗ Văn Công", born, this.tree.cell(), null, this.tree.unionBranch(),
				null);
		this.fixtures.salary(this.salaried, "SALARY", 10_000_000, "2024-01-01");
		this.fixtures.category(this.student, "STUDENT", "2020-01-01");
		this.fixtures.category(this.pensioner, "PENSION", "2020-01-01");
		this.fixtures.salary(this.pensioner, "PENSION", 8_000_000, "2020-01-01");
		this.fixtures.salary(this.unionMember, "SALARY", 30_000_000, "2024-01-01");
	}

	@Test
	void partyLedgerComputesEachCategoryWithItsRuleSource() throws Exception {
		party(this.tree.secretary(), "2026-03").andExpect(status().isOk())
			.andExpect(jsonPath("$.totals.members").value(3))
			.andExpect(jsonPath("$.totals.due").value(100_000 + 5_000 + 40_000))
			.andExpect(jsonPath("$.rows[?(@.personId == " + this.salaried + ")].amountDue").value(100_000))
			.andExpect(jsonPath("$.rows[?(@.personId == " + this.student + ")].amountDue").value(5_000))
			.andExpect(jsonPath("$.rows[?(@.personId == " + this.pensioner + ")].amountDue").value(40_000))
			.andExpect(jsonPath("$.rows[?(@.personId == " + this.student + ")].ruleSource")
				.value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("01-QĐ/TW"))));
		party(this.tree.secretary(), "2026-01")
			.andExpect(jsonPath("$.rows[?(@.personId == " + this.student + ")].amountDue").value(2_000));
	}

	@Test
	void anotherCellsSecretaryAndAUnionOfficerGetNotFound() throws Exception {
		party(TestCallers.withRole(Role.CELL_SECRETARY, this.tree.otherCell()), "2026-03")
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		party(TestCallers.withRole(Role.UNION_OFFICER, this.tree.root()), "2026-03").andExpect(status().isNotFound());
		pay(TestCallers.withRole(Role.CELL_SECRETARY, this.tree.otherCell()), "party", this.tree.cell(), this.salaried,
				"2026-03")
			.andExpect(status().isNotFound());
		party(TestCallers.withRole(Role.COMMITTEE_OFFICE, this.tree.root()), "2026-03").andExpect(status().isOk());
	}

	@Test
	void aPaymentIsRecordedOnceAndAMistakeIsUndoneByAReversingRow() throws Exception {
		String created = pay(this.tree.secretary(), "party", this.tree.cell(), this.salaried, "2026-03")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long paymentId = ((Number) JsonPath.read(created, "$.id")).longValue();
		party(this.tree.secretary(), "2026-03")
			.andExpect(jsonPath("$.rows[?(@.personId == " + this.salaried + ")].paid").value(true))
			.andExpect(jsonPath("$.totals.paid").value(100_000))
			.andExpect(jsonPath("$.totals.outstanding").value(45_000));
		pay(this.tree.secretary(), "party", this.tree.cell(), this.salaried, "2026-03")
			.andExpect(status().isConflict());

		this.mvc
			.perform(post("/api/v1/dues/payments/" + paymentId + "/reversal")
				.with(TestCallers.as(this.tree.secretary())))
			.andExpect(status().isCreated());
		party(this.tree.secretary(), "2026-03")
			.andExpect(jsonPath("$.rows[?(@.personId == " + this.salaried + ")].paid").value(false))
			.andExpect(jsonPath("$.totals.paid").value(0));
		this.mvc
			.perform(post("/api/v1/dues/payments/" + paymentId + "/reversal")
				.with(TestCallers.as(this.tree.secretary())))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.sql("select count(*) from dues_payment where person_id = :p")
			.param("p", this.salaried)
			.query(Long.class)
			.single()).as("both rows kept").isEqualTo(2);
		this.mvc
			.perform(post("/api/v1/dues/payments/" + paymentId + "/reversal")
				.with(TestCallers.as(TestCallers.withRole(Role.CELL_SECRETARY, this.tree.otherCell()))))
			.andExpect(status().isNotFound());
	}

	@Test
	void threeUnpaidMonthsInAYearFlagTheMemberForStrikingOff() throws Exception {
		for (String month : new String[] { "2025-01", "2025-02", "2025-03", "2025-04" }) {
			pay(this.tree.secretary(), "party", this.tree.cell(), this.salaried, month).andExpect(status().isCreated());
		}
		pay(this.tree.secretary(), "party", this.tree.cell(), this.student, "2025-01").andExpect(status().isCreated());
		pay(this.tree.secretary(), "party", this.tree.cell(), this.student, "2025-02").andExpect(status().isCreated());
		pay(this.tree.secretary(), "party", this.tree.cell(), this.student, "2025-03").andExpect(status().isCreated());

		party(this.tree.secretary(), "2025-06")
			.andExpect(jsonPath("$.rows[?(@.personId == " + this.salaried + ")].unpaidMonthsInYear").value(2))
			.andExpect(jsonPath("$.rows[?(@.personId == " + this.salaried + ")].strikingOffFlag").value(false))
			.andExpect(jsonPath("$.rows[?(@.personId == " + this.student + ")].unpaidMonthsInYear").value(3))
			.andExpect(jsonPath("$.rows[?(@.personId == " + this.student + ")].strikingOffFlag").value(true))
			.andExpect(jsonPath("$.rows[?(@.personId == " + this.pensioner + ")].unpaidMonthsInYear").value(6));
		party(this.tree.secretary(), "2025-05")
			.andExpect(jsonPath("$.rows[?(@.personId == " + this.student + ")].strikingOffFlag").value(false));
	}

	@Test
	void aMemberTransferredOutMidYearLeavesTheLedgerAfterTheMonthsSheBelongedOrPaid() throws Exception {
		long mover = this.fixtures.person("Vũ Thị Chuyển", LocalDate.of(1985, 5, 5), this.tree.cell(), null, null,
				null);
		this.fixtures.salary(mover, "SALARY", 10_000_000, "2024-01-01");
		event(mover, "RECORDED", "2020-01-01", this.tree.cell(), null);
		party(this.tree.secretary(), "2025-05")
			.andExpect(jsonPath("$.rows[?(@.personId == " + mover + ")]").isNotEmpty())
			.andExpect(jsonPath("$.totals.members").value(4));
		pay(this.tree.secretary(), "party", this.tree.cell(), mover, "2025-06").andExpect(status().isCreated());
		event(mover, "TRANSFER_OUT", "2025-06-10", this.tree.cell(), this.tree.otherCell());
		event(mover, "TRANSFER_IN", "2025-06-10", this.tree.otherCell(), this.tree.cell());
		this.jdbc.sql("update person set party_unit_id = :c where id = :p")
			.param("c", this.tree.otherCell())
			.param("p", mover)
			.update();

		party(this.tree.secretary(), "2025-05")
			.andExpect(jsonPath("$.rows[?(@.personId == " + mover + ")]").isNotEmpty());
		party(this.tree.secretary(), "2025-06")
			.andExpect(jsonPath("$.rows[?(@.personId == " + mover + ")].paid").value(true));
		party(this.tree.secretary(), "2025-07").andExpect(jsonPath("$.rows[?(@.personId == " + mover + ")]").isEmpty())
			.andExpect(jsonPath("$.totals.members").value(3));
		party(this.tree.secretary(), "2025-12").andExpect(jsonPath("$.rows[?(@.personId == " + mover + ")]").isEmpty());
		this.mvc
			.perform(get("/api/v1/dues/party").param("unit", Long.toString(this.tree.otherCell()))
				.param("month", "2025-07")
				.with(TestCallers.as(TestCallers.withRole(Role.CELL_SECRETARY, this.tree.otherCell()))))
			.andExpect(jsonPath("$.rows[?(@.personId == " + mover + ")]").isNotEmpty());
	}

	private void event(long person, String type, String on, long unit, Long other) {
		this.jdbc.sql("""
				insert into membership_event (person_id, membership, event_type, occurred_on, unit_id, other_unit_id,
				  recorded_by) values (:p, 'PARTY', :t, cast(:d as date), :u, :o, 'test')""")
			.param("p", person)
			.param("t", type)
			.param("d", on)
			.param("u", unit)
			.param("o", other)
			.update();
	}

	@Test
	void unionDuesFollowTheRateAndCapOfTheMonthWithTheEmployersFund() throws Exception {
		Caller officer = TestCallers.withRole(Role.UNION_OFFICER, this.tree.union());
		union(officer, "2025-06").andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[0].amountDue").value(234_000))
			.andExpect(jsonPath("$.rows[0].capped").value(true))
			.andExpect(jsonPath("$.rows[0].ruleSource", startsWith("Quyết định 1908/QĐ-TLĐ")))
			.andExpect(jsonPath("$.fund.payroll").value(30_000_000))
			.andExpect(jsonPath("$.fund.amount").value(600_000));
		union(officer, "2025-07").andExpect(jsonPath("$.rows[0].amountDue").value(150_000))
			.andExpect(jsonPath("$.rows[0].capped").value(false));
		pay(officer, "union", this.tree.unionBranch(), this.unionMember, "2025-07").andExpect(status().isCreated());
		union(officer, "2025-07").andExpect(jsonPath("$.totals.paid").value(150_000));
		union(this.tree.secretary(), "2025-07").andExpect(status().isNotFound());
	}

	@Test
	void unionArrearsCountTheMonthsUnpaidSinceJoiningOrJanuaryWithATotal() throws Exception {
		Caller officer = TestCallers.withRole(Role.UNION_OFFICER, this.tree.union());
		long baseline = this.fixtures.person("Đỗ Thị Nợphí", LocalDate.of(1990, 2, 2), this.tree.cell(), null,
				this.tree.unionBranch(), null);
		this.fixtures.salary(baseline, "SALARY", 8_000_000, "2024-01-01");
		this.jdbc.sql("""
				insert into membership_event (person_id, membership, event_type, occurred_on, unit_id, recorded_by)
				values (:p, 'UNION', 'JOINED', date '2025-03-10', :u, 'test')""")
			.param("p", this.unionMember)
			.param("u", this.tree.unionBranch())
			.update();
		pay(officer, "union", this.tree.unionBranch(), this.unionMember, "2025-03").andExpect(status().isCreated());
		pay(officer, "union", this.tree.unionBranch(), this.unionMember, "2025-05").andExpect(status().isCreated());
		pay(this.tree.secretary(), "party", this.tree.cell(), this.salaried, "2025-04").andExpect(status().isCreated());

		union(officer, "2025-06")
			.andExpect(jsonPath("$.rows[?(@.personId == " + this.unionMember + ")].unpaidMonthsInYear").value(2))
			.andExpect(jsonPath("$.rows[?(@.personId == " + baseline + ")].unpaidMonthsInYear").value(6))
			.andExpect(jsonPath("$.rows[?(@.personId == " + baseline + ")].strikingOffFlag")
				.value(org.hamcrest.Matchers.contains(nullValue())))
			.andExpect(jsonPath("$.totals.unpaidCount").value(2))
			.andExpect(jsonPath("$.totals.unpaidMonths").value(8));
		union(officer, "2025-05")
			.andExpect(jsonPath("$.rows[?(@.personId == " + this.unionMember + ")].unpaidMonthsInYear").value(1))
			.andExpect(jsonPath("$.totals.unpaidCount").value(1))
			.andExpect(jsonPath("$.totals.unpaidMonths").value(6));
		this.mvc
			.perform(get("/membership/union/dues").param("unit", Long.toString(this.tree.unionBranch()))
				.param("month", "2025-06")
				.with(TestCallers.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("Chưa nộp: 2/2 người chưa nộp tháng này; tổng cộng 8 tháng chưa nộp trong năm 2025")));
	}

	@Test
	void aSalaryEnteredThroughTheApiChangesTheDuesFromItsDate() throws Exception {
		this.mvc
			.perform(postJson(this.tree.secretary(), "/api/v1/dues/salaries",
					"{\"personId\":" + this.salaried + ",\"amount\":20000000,\"validFrom\":\"2026-05-01\"}"))
			.andExpect(status().isNoContent());
		party(this.tree.secretary(), "2026-05")
			.andExpect(jsonPath("$.rows[?(@.personId == " + this.salaried + ")].amountDue").value(100_000));
		party(this.tree.secretary(), "2026-06")
			.andExpect(jsonPath("$.rows[?(@.personId == " + this.salaried + ")].amountDue").value(200_000));
	}

	private ResultActions party(Caller caller, String month) throws Exception {
		return this.mvc.perform(get("/api/v1/dues/party").param("unit", Long.toString(this.tree.cell()))
			.param("month", month)
			.with(TestCallers.as(caller)));
	}

	private ResultActions union(Caller caller, String month) throws Exception {
		return this.mvc.perform(get("/api/v1/dues/union").param("unit", Long.toString(this.tree.unionBranch()))
			.param("month", month)
			.with(TestCallers.as(caller)));
	}

	private ResultActions pay(Caller caller, String kind, long unit, long person, String month) throws Exception {
		return this.mvc.perform(postJson(caller, "/api/v1/dues/" + kind + "/payments",
				"{\"unitId\":%d,\"personId\":%d,\"month\":\"%s\",\"method\":\"CASH\",\"paidOn\":\"2025-12-01\"}"
					.formatted(unit, person, month)));
	}

}
