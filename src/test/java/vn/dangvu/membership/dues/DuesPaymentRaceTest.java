package vn.dangvu.membership.dues;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.membership.OnAFreshTree;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.testkit.JsonRequests;
import vn.dangvu.testkit.Races;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.dangvu.testkit.JsonRequests.postJson;

/**
 * The same dues payment (or the same undo) sent twice at the same instant, round after
 * round: one is recorded, the other refused with a clear message, and the table holds one
 * live payment that the ledger reads (decision 0155).
 */
@IntegrationTest
class DuesPaymentRaceTest extends OnAFreshTree {

	DuesPaymentRaceTest() {
		super("đảng phí đồng thời");
	}

	long partyMember;

	long unionMember;

	@BeforeEach
	void setUp() {
		LocalDate born = LocalDate.of(1982, 5, 5);
		this.partyMember = this.fixtures.person("Vũ Văn Đồngthời", born, this.tree.cell(), this.tree.cell(), null,
				null);
		this.unionMember = this.fixtures.person("Hoàng Thị Cùnglúc", born, this.tree.cell(), null,
				this.tree.unionBranch(), null);
		this.fixtures.salary(this.partyMember, "SALARY", 10_000_000, "2024-01-01");
		this.fixtures.salary(this.unionMember, "SALARY", 10_000_000, "2024-01-01");
	}

	@Test
	void twinPartyPaymentsRecordOneAndRefuseTheOther() throws Exception {
		twins("party", "PARTY", this.tree.secretary(), this.tree.cell(), this.partyMember);
	}

	@Test
	void twinUnionPaymentsRecordOneAndRefuseTheOther() throws Exception {
		twins("union", "UNION", this.tree.unionOfficer(), this.tree.unionBranch(), this.unionMember);
	}

	@Test
	void twinUndoesReverseOnceAndTheLedgerReadsWhatTheTableHolds() throws Exception {
		Races.rounds((m) -> {
			String month = "2025-%02d".formatted(m);
			MvcResult first = pay("party", this.tree.secretary(), this.tree.cell(), this.partyMember, month);
			assertThat(first.getResponse().getStatus()).as(month).isEqualTo(201);
			long paymentId = JsonRequests.id(first);

			List<MvcResult> undos = Races.atOnce(() -> reverse(paymentId), () -> reverse(paymentId));
			assertThat(Races.statuses(undos)).as(month).containsExactly(201, 409);
			assertThat(Races.problemDetail(undos, 409)).as(month).contains("đã được hủy");
			assertThat(this.jdbc.sql("select count(*) from dues_payment where reverses_id = :id")
				.param("id", paymentId)
				.query(Long.class)
				.single()).as(month).isEqualTo(1);
			assertThat(live("PARTY", this.partyMember, month)).as(month).isZero();
			assertThat(ledgerRow(month, "paid")).as(month).isEqualTo(false);

			List<MvcResult> again = Races.atOnce(
					() -> pay("party", this.tree.secretary(), this.tree.cell(), this.partyMember, month),
					() -> pay("party", this.tree.secretary(), this.tree.cell(), this.partyMember, month));
			assertThat(Races.statuses(again)).as(month).containsExactly(201, 409);
			assertThat(live("PARTY", this.partyMember, month)).as(month).isEqualTo(1);
			assertThat(ledgerRow(month, "paid")).as(month).isEqualTo(true);
			assertThat(ledgerRow(month, "paidAmount")).as(month).isEqualTo(ledgerRow(month, "amountDue"));
		});
	}

	private void twins(String kind, String kindColumn, Caller caller, long unit, long person) throws Exception {
		Races.rounds((m) -> {
			String month = "2026-%02d".formatted(m);
			List<MvcResult> results = Races.atOnce(() -> pay(kind, caller, unit, person, month),
					() -> pay(kind, caller, unit, person, month));
			assertThat(Races.statuses(results)).as(month).containsExactly(201, 409);
			assertThat(Races.problemDetail(results, 409)).as(month).contains("đã nộp tháng");
			assertThat(this.jdbc.sql("""
					select count(*) from dues_payment
					where kind = :k and person_id = :p and month = cast(:m as date) and reverses_id is null""")
				.param("k", kindColumn)
				.param("p", person)
				.param("m", month + "-01")
				.query(Long.class)
				.single()).as(month).isEqualTo(1);
		});
	}

	private MvcResult pay(String kind, Caller caller, long unit, long person, String month) throws Exception {
		return this.mvc
			.perform(postJson(caller, "/api/v1/dues/" + kind + "/payments",
					"{\"unitId\":%d,\"personId\":%d,\"month\":\"%s\",\"method\":\"CASH\"}".formatted(unit, person,
							month)))
			.andReturn();
	}

	private MvcResult reverse(long paymentId) throws Exception {
		return this.mvc
			.perform(post("/api/v1/dues/payments/" + paymentId + "/reversal")
				.with(TestCallers.as(this.tree.secretary())))
			.andReturn();
	}

	private long live(String kind, long person, String month) {
		return this.jdbc.sql("""
				select count(*) from dues_payment d
				where d.kind = :k and d.person_id = :p and d.month = cast(:m as date) and d.reverses_id is null
				  and not exists (select 1 from dues_payment r where r.reverses_id = d.id)""")
			.param("k", kind)
			.param("p", person)
			.param("m", month + "-01")
			.query(Long.class)
			.single();
	}

	private Object ledgerRow(String month, String field) throws Exception {
		String json = this.mvc
			.perform(get("/api/v1/dues/party").param("unit", Long.toString(this.tree.cell()))
				.param("month", month)
				.with(TestCallers.as(this.tree.secretary())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Object> values = JsonPath.read(json, "$.rows[?(@.personId == " + this.partyMember + ")]." + field);
		assertThat(values).hasSize(1);
		return values.get(0);
	}

}
