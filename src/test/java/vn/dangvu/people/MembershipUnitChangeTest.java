package vn.dangvu.people;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.people.record.PersonService;
import vn.dangvu.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The membership module sets a person's Party cell through PeopleApi: the record, its
 * affiliation history, the scope read model and the audit trail follow together.
 */
@IntegrationTest
class MembershipUnitChangeTest extends OnTwoBranches {

	MembershipUnitChangeTest() {
		super("Đổi chi bộ", null);
	}

	@Autowired
	PeopleApi people;

	@Autowired
	PersonService records;

	@Test
	void joiningACellUpdatesTheRecordItsHistoryScopeAndAudit() {
		long cell = this.a.cell();
		// working in the committee, outside the cell, a member of nothing
		long person = person(null);

		this.people.changeMembershipUnit(person, MembershipKind.PARTY, cell, LocalDate.of(2026, 5, 19), "ADMITTED");

		assertThat(this.people.profileUnscoped(person).partyUnitId()).isEqualTo(cell);
		assertThat(this.jdbc.sql("""
				select count(*) from person_affiliation
				where person_id = :p and kind = 'PARTY' and unit_id = :u and valid_from = '2026-05-19'
				  and valid_to is null and reason = 'ADMITTED'""")
			.param("p", person)
			.param("u", cell)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select bool_or(party_member) from person_scope where person_id = :p")
			.param("p", person)
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(this.jdbc.sql(
				"select count(*) from audit_event where entity_type = 'Person' and entity_id = :p and action = 'MEMBERSHIP'")
			.param("p", String.valueOf(person))
			.query(Long.class)
			.single()).isEqualTo(1);

		// the cell's secretary now sees the person; leaving closes the period
		TestCallers.runAs(TestCallers.withRole(Role.CELL_SECRETARY, cell));
		assertThat(this.people.profile(person)).isPresent();
		this.people.changeMembershipUnit(person, MembershipKind.PARTY, null, LocalDate.of(2026, 9, 1), "STRUCK_OFF");
		assertThat(this.people.profileUnscoped(person).partyUnitId()).isNull();
		assertThat(this.jdbc
			.sql("select valid_to from person_affiliation where person_id = :p and kind = 'PARTY' and unit_id = :u")
			.param("p", person)
			.param("u", cell)
			.query(LocalDate.class)
			.single()).isEqualTo(LocalDate.of(2026, 9, 1));
	}

	@Test
	void aSameUnitChangeWritesNothing() {
		long person = person(this.a.cell());
		long cell = this.people.profileUnscoped(person).partyUnitId();
		long audits = this.jdbc.sql("select count(*) from audit_event").query(Long.class).single();
		this.people.changeMembershipUnit(person, MembershipKind.PARTY, cell, LocalDate.of(2026, 1, 1), "X");
		assertThat(this.jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isEqualTo(audits);
	}

	private long person(Long partyCell) {
		LocalDate birth = LocalDate.of(1990, 2, 2);
		return this.records.create(TestCallers.admin(), PeopleFixtures.draft("Ông Văn Đổichi", birth, Sex.MALE,
				PeopleFixtures.cccd(birth, Sex.MALE), null, this.a.root(), partyCell, null));
	}

}
