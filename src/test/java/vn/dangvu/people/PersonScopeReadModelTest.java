package vn.dangvu.people;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.organisation.tree.MergeUnitsCmd;
import vn.dangvu.organisation.tree.MoveUnitCmd;
import vn.dangvu.organisation.tree.UnitService;
import vn.dangvu.people.record.Belonging;
import vn.dangvu.people.record.PersonDraft;
import vn.dangvu.people.record.PersonFilter;
import vn.dangvu.people.record.PersonReads;
import vn.dangvu.people.record.PersonRow;
import vn.dangvu.people.record.PersonService;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;
import vn.dangvu.testkit.Rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The person_scope read model (decision 0070) follows every change that moves a person
 * between offices: an edit of the person's units, a unit move, a merge.
 */
@IntegrationTest
class PersonScopeReadModelTest extends OnTwoBranches {

	PersonScopeReadModelTest() {
		super("Phạm vi A", "Phạm vi B");
	}

	@Autowired
	PersonService people;

	@Autowired
	PersonReads reads;

	@Autowired
	PeopleApi peopleApi;

	@Autowired
	UnitScopes scopes;

	@Autowired
	UnitService units;

	@BeforeEach
	void units() {
		TestCallers.runAs(TestCallers.admin());
	}

	private static PersonDraft draft(String name, String cccd, long work, Long party, Long youth) {
		return PeopleFixtures.draft(name, LocalDate.of(1988, 3, 3), Sex.FEMALE, cccd, "Chuyên viên", work, party,
				youth);
	}

	private long add(String name, long work, Long party, Long youth) {
		String cccd = PeopleFixtures.cccd(LocalDate.of(1988, 3, 3), Sex.FEMALE);
		return this.people.create(TestCallers.admin(), draft(name, cccd, work, party, youth));
	}

	/** Ids found by a name fragment in the caller's list (the person_scope path). */
	private List<Long> found(Caller caller, String q) {
		return this.reads.list(caller, new PersonFilter(q, null, null, null, null, null), 0, 20)
			.getContent()
			.stream()
			.map(PersonRow::id)
			.toList();
	}

	private List<String> scopePaths(long personId) {
		return this.jdbc.sql("select path from person_scope where person_id = :id order by path")
			.param("id", personId)
			.query(String.class)
			.list();
	}

	/**
	 * Fixture units have no history; moves and merges check the latest recorded change.
	 */
	private void withHistory(long... unitIds) {
		for (long id : unitIds) {
			this.jdbc.sql("""
					insert into org_unit_history (unit_id, change, valid_from, name, short_name, parent_id, recorded_by)
					select id, 'ESTABLISHED', established_on, name, short_name, parent_id, 'test' from org_unit
					where id = :id""").param("id", id).update();
		}
	}

	private String path(long unitId) {
		return Rows.one(this.jdbc, String.class, "select path from org_unit where id = :id", unitId);
	}

	@Test
	void oneRowPerDistinctUnitPathIsWrittenOnCreateAndReplacedOnUpdate() {
		long id = add("Đoàn Thị Phạm Vi", this.a.cell(), this.a.cell(), this.a.youth());
		assertThat(scopePaths(id)).containsExactlyInAnyOrder(path(this.a.cell()), path(this.a.youth()));
		assertThat(found(this.a.office(), "pham vi")).containsExactly(id);
		assertThat(found(this.b.office(), "pham vi")).doesNotContain(id);

		String cccd = this.people.load(TestCallers.admin(), id).draft().cccd();
		this.people.update(TestCallers.admin(), id, draft("Đoàn Thị Phạm Vi", cccd, this.b.cell(), null, null), null);

		assertThat(scopePaths(id)).containsExactly(path(this.b.cell()));
		assertThat(found(this.b.office(), "pham vi")).containsExactly(id);
		assertThat(found(this.a.office(), "pham vi")).doesNotContain(id);
		assertThat(this.reads.details(this.b.office(), id).id()).isEqualTo(id);
		assertThatThrownBy(() -> this.reads.details(this.a.office(), id)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void aPersonUnderAMovedCellIsFoundByTheNewParentsOfficeAndNoLongerByTheOld() {
		long id = add("Vũ Thị Chuyển Ô", this.a.cell(), this.a.cell(), null);
		long before = this.peopleApi.countPeople(this.scopes.of(this.b.office())).total();
		withHistory(this.a.cell(), this.b.root());

		this.units.move(new MoveUnitCmd(this.a.cell(), this.b.root(), LocalDate.now(PersonService.ZONE), null, null));

		assertThat(scopePaths(id)).containsExactly(path(this.a.cell()))
			.allMatch((p) -> p.startsWith(path(this.b.root())));
		assertThat(found(this.b.office(), "chuyen o")).containsExactly(id);
		assertThat(found(this.a.office(), "chuyen o")).doesNotContain(id);
		assertThat(this.peopleApi.countPeople(this.scopes.of(this.b.office())).total()).isEqualTo(before + 1);
		assertThat(this.reads.list(this.b.office(), PersonFilter.ofUnit(this.b.root()), 0, 20).getContent())
			.extracting(PersonRow::id)
			.contains(id);
		assertThatThrownBy(() -> this.reads.details(this.a.office(), id)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void aMergeOfOfficesMovesTheCellsAndThePeopleIntoTheTargetsScope() {
		long source = this.fixtures.unit("MS-" + System.nanoTime(), "GRASSROOTS_COMMITTEE", null, "Đảng bộ gộp đi");
		long sourceCell = this.fixtures.unit("MSC-" + System.nanoTime(), "CELL", source, "Chi bộ gộp đi");
		long inCell = add("Lương Thị Gộp Phạm", sourceCell, sourceCell, null);
		long atOffice = add("Lương Văn Gộp Phạm", source, null, null);
		Caller sourceOffice = TestCallers.withRole(Role.COMMITTEE_OFFICE, source);
		withHistory(source, sourceCell, this.b.root());
		assertThat(found(sourceOffice, "gop pham")).containsExactlyInAnyOrder(inCell, atOffice);

		this.units.merge(
				new MergeUnitsCmd(List.of(source), this.b.root(), null, LocalDate.now(PersonService.ZONE), null, null));

		assertThat(found(this.b.office(), "gop pham")).containsExactlyInAnyOrder(inCell, atOffice);
		assertThat(found(sourceOffice, "gop pham")).isEmpty();
		assertThat(scopePaths(inCell)).containsExactly(path(sourceCell));
		assertThat(scopePaths(atOffice)).containsExactly(path(this.b.root()));
	}

	@Test
	void aPersonWithSeveralUnitsInTheOfficeIsListedPagedAndCountedOnceInEveryOrder() {
		List<Long> byAge = new java.util.ArrayList<>();
		for (int i = 0; i < 5; i++) {
			LocalDate birth = LocalDate.of(1970 + i, 6, 1);
			byAge.add(this.people.create(TestCallers.admin(),
					PeopleFixtures.draft("Tạ Thị Nhiều Đơn Vị", birth, Sex.FEMALE,
							PeopleFixtures.cccd(birth, Sex.FEMALE), null, this.a.cell(), this.a.cell(),
							this.a.youth())));
		}
		assertThat(scopePaths(byAge.get(0))).hasSize(2);
		PersonFilter oldest = new PersonFilter("nhieu don vi", null, null, null, null, "birthDate");
		var page = this.reads.list(this.a.office(), oldest, 1, 2);
		assertThat(page.getTotalElements()).isEqualTo(5);
		assertThat(page.getContent()).extracting(PersonRow::id).containsExactly(byAge.get(2), byAge.get(3));
		PersonFilter youngest = new PersonFilter("nhieu don vi", null, Belonging.YOUTH, null, null, "-birthDate");
		assertThat(this.reads.list(this.a.office(), youngest, 0, 20).getContent()).extracting(PersonRow::id)
			.containsExactly(byAge.get(4), byAge.get(3), byAge.get(2), byAge.get(1), byAge.get(0));
		assertThat(
				this.reads.list(this.a.office(), new PersonFilter("nhieu don vi", null, null, null, null, null), 2, 2)
					.getContent())
			.extracting(PersonRow::id)
			.hasSize(1);
		PeopleCounts counts = this.peopleApi
			.countPeople(new vn.dangvu.organisation.UnitScope(false, List.of(path(this.a.root()))));
		assertThat(counts.total()).isEqualTo(5);
		assertThat(counts.partyMembers()).isEqualTo(5);
		assertThat(counts.youthMembers()).isEqualTo(5);
	}

}
