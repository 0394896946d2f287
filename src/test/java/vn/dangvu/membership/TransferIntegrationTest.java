package vn.dangvu.membership;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.people.PeopleFixtures;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Transfers through the pages: the sending cell records, the receiving cell confirms, the
 * person's Party cell and the derived status follow; outside transfers, temporary limits,
 * striking off.
 */
@IntegrationTest
class TransferIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MembershipApi membership;

	PeopleFixtures.Tree from;

	PeopleFixtures.Tree to;

	long member;

	static final String TODAY = "%02d/%02d/%d".formatted(LocalDate.now(VietnamTime.ZONE).getDayOfMonth(),
			LocalDate.now(VietnamTime.ZONE).getMonthValue(), LocalDate.now(VietnamTime.ZONE).getYear());

	@BeforeEach
	void twoCellsAndAMember() {
		PeopleFixtures f = new PeopleFixtures(this.jdbc);
		this.from = f.tree("Nơi đi");
		this.to = f.tree("Nơi đến");
		// a demo Party member without other events, outside CB-CAUTREO whose fixed people
		// other tests rely on, moved into the sending cell by a baseline
		this.member = this.jdbc.sql("""
				select max(p.id) from person p where p.party_unit_id is not null
				  and p.party_unit_id <> (select id from org_unit where code = 'CB-CAUTREO')
				  and exists (select 1 from membership_event d where d.person_id = p.id and d.recorded_by = 'demo')
				  and not exists (select 1 from membership_transfer t where t.person_id = p.id)
				  and not exists (select 1 from admission a where a.person_id = p.id)
				  and p.id not in (select e.person_id from membership_event e where e.recorded_by <> 'demo')""")
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into membership_event (person_id, membership, event_type, occurred_on, unit_id, other_unit_id,
				  details, recorded_by) values (:p, 'PARTY', 'TRANSFER_IN', :d, :c, null, '{}'::jsonb, 'test')""")
			.param("p", this.member)
			.param("d", LocalDate.now(VietnamTime.ZONE).minusDays(60))
			.param("c", this.from.cell())
			.update();
	}

	Caller secretary(long cell) {
		return TestCallers.withRole(Role.CELL_SECRETARY, cell);
	}

	@Test
	void sendingCellRecordsAndReceivingCellConfirms() throws Exception {
		this.mvc
			.perform(post("/membership/transfers").with(TestCallers.as(secretary(this.from.cell())))
				.with(csrf())
				.param("personId", String.valueOf(this.member))
				.param("kind", "PERMANENT")
				.param("destination", "CELL")
				.param("toCellId", String.valueOf(this.to.cell()))
				.param("sentOn", TODAY))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashMessage", "Đã ghi nhận chuyển sinh hoạt."));
		MemberStatus transit = this.membership.statusOn(this.member, LocalDate.now(VietnamTime.ZONE));
		assertThat(transit.inTransit()).isTrue();
		assertThat(transit.isFull()).isTrue();
		long transfer = this.jdbc.sql("select id from membership_transfer where person_id = :p and state = 'SENT'")
			.param("p", this.member)
			.query(Long.class)
			.single();
		// the sending cell cannot confirm for the receiving one
		this.mvc
			.perform(post("/membership/transfers/" + transfer + "/receive")
				.with(TestCallers.as(secretary(this.from.cell())))
				.with(csrf())
				.param("receivedOn", TODAY))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/membership/transfers/" + transfer + "/receive")
				.with(TestCallers.as(secretary(this.to.cell())))
				.with(csrf())
				.param("receivedOn", TODAY))
			.andExpect(status().is3xxRedirection());
		MemberStatus after = this.membership.statusOn(this.member, LocalDate.now(VietnamTime.ZONE));
		assertThat(after.cellId()).isEqualTo(this.to.cell());
		assertThat(this.jdbc.sql("select party_unit_id from person where id = :p")
			.param("p", this.member)
			.query(Long.class)
			.single()).isEqualTo(this.to.cell());
		assertThat(this.membership.fullMembersOf(this.to.cell(), LocalDate.now(VietnamTime.ZONE)))
			.contains(this.member);
	}

	@Test
	void temporaryTransferOfAYearForAStayIsRefusedAndStrikingOffEndsMembership() throws Exception {
		LocalDate today = LocalDate.now(VietnamTime.ZONE);
		String inAYear = "%02d/%02d/%d".formatted(today.getDayOfMonth(), today.getMonthValue(), today.getYear() + 1);
		this.mvc.perform(post("/membership/transfers").with(TestCallers.as(secretary(this.from.cell())))
			.with(csrf())
			.param("personId", String.valueOf(this.member))
			.param("kind", "TEMPORARY")
			.param("purpose", "STAY")
			.param("destination", "OUTSIDE")
			.param("otherUnitName", "Đảng bộ tỉnh bạn")
			.param("letterNumber", "12-GGT")
			.param("letterDate", TODAY)
			.param("sentOn", TODAY)
			.param("plannedUntil", today.getDayOfMonth() == 29 && today.getMonthValue() == 2 ? "01/03/2099" : inAYear))
			.andExpect(flash().attributeExists("flashError"));
		this.mvc
			.perform(post("/membership/endings").with(TestCallers.as(secretary(this.from.cell())))
				.with(csrf())
				.param("personId", String.valueOf(this.member))
				.param("type", "STRUCK_OFF")
				.param("date", TODAY)
				.param("documentNumber", "05-QĐ/ĐU")
				.param("reason", "Bỏ sinh hoạt 3 tháng trong năm"))
			.andExpect(flash().attributeExists("flashMessage"));
		assertThat(this.membership.statusOn(this.member, today).standing()).isEqualTo(Standing.STRUCK_OFF);
		assertThat(this.membership.statusOn(this.member, today.minusDays(1)).isFull()).isTrue();
		assertThat(this.jdbc.sql("select party_unit_id from person where id = :p")
			.param("p", this.member)
			.query(Long.class)
			.optional()).isEmpty();
	}

}
