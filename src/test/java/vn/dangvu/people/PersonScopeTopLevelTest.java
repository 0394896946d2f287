package vn.dangvu.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.organisation.tree.MoveUnitCmd;
import vn.dangvu.organisation.tree.UnitService;
import vn.dangvu.people.record.PersonFilter;
import vn.dangvu.people.record.PersonReads;
import vn.dangvu.people.record.PersonRow;
import vn.dangvu.people.record.PersonService;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.text.VietnameseText;
import vn.dangvu.testkit.Rows;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list whose scope is a whole top-level organisation, filtered by a name fragment with
 * a trigram, reads person_scope by {@code top_id} and the GIN index over (top_id,
 * trigrams) instead of the path range (decision 0281): the same people, in the same
 * order, with the same counts as the definition of the scope (any of the four units under
 * the office, decision 0003) and the same as the path range; top_id follows a unit moved
 * to another top-level organisation.
 */
@IntegrationTest
class PersonScopeTopLevelTest extends OnTwoBranches {

	private static final String[] NAMES = { "Nguyễn Thị Hương", "Trần Văn An", "Lê Thị Khánh Chi", "Phạm Hương Giang",
			"Nguyễn Văn Thịnh", "Đỗ Thị Thu Hương", "Hoàng Văn Nam", "Vũ Khánh Chi", "Bùi Thị Lan", "Ngô Văn Anh",
			"Dương Thị Hường", "Trịnh Văn Hùng" };

	private static final String[] FRAGMENTS = { "huong", "Hương", "thi", "khanh chi", "van a", "an", "ng h", "chi",
			"xyz" };

	PersonScopeTopLevelTest() {
		super("Tỉnh A", "Tỉnh B");
	}

	@Autowired
	PersonService people;

	@Autowired
	PersonReads reads;

	@Autowired
	UnitService units;

	@BeforeEach
	void staff() {
		TestCallers.runAs(TestCallers.admin());
		int n = 0;
		for (PeopleFixtures.Tree tree : List.of(this.a, this.b)) {
			for (int i = 0; i < NAMES.length; i++) {
				n++;
				// work unit, Party cell and youth unit vary, so a person has one to three
				// rows
				long work = switch (n % 3) {
					case 0 -> tree.root();
					case 1 -> tree.cell();
					default -> tree.youth();
				};
				Long party = n % 2 == 0 ? tree.cell() : null;
				Long youth = n % 4 == 0 ? tree.youth() : null;
				LocalDate birth = LocalDate.of(1960 + (n * 7) % 40, 1 + n % 12, 1 + n % 28);
				Sex sex = n % 2 == 0 ? Sex.FEMALE : Sex.MALE;
				this.people.create(TestCallers.admin(), PeopleFixtures.draft(NAMES[i], birth, sex,
						PeopleFixtures.cccd(birth, sex), null, work, party, youth));
			}
		}
	}

	private String path(long unitId) {
		return Rows.one(this.jdbc, String.class, "select path from org_unit where id = :id", unitId);
	}

	/**
	 * The definition of the scope on the person table (decision 0003): any of the four
	 * units under the prefix, the fragment in the folded name; in list order.
	 */
	private List<Long> expected(String prefix, String q, boolean byAge) {
		return this.jdbc.sql("""
				select p.id from person p
				where exists (select 1 from org_unit u
				              where u.id in (p.work_unit_id, p.party_unit_id, p.union_unit_id, p.youth_unit_id)
				                and u.path like :prefix)
				  and p.search_text like :pattern
				order by %s""".formatted(byAge ? "p.birth_date, p.sort_key, p.id" : "p.sort_key, p.id"))
			.param("prefix", prefix + "%")
			.param("pattern", VietnameseText.likeContains(VietnameseText.fold(q)))
			.query(Long.class)
			.list();
	}

	/** Every page of the list, 5 at a time, each page's total checked. */
	private List<Long> listed(Caller caller, PersonFilter filter, long total) {
		List<Long> ids = new ArrayList<>();
		for (int page = 0; page <= total / 5; page++) {
			Page<PersonRow> rows = this.reads.list(caller, filter, page, 5);
			assertThat(rows.getTotalElements()).as(filter.toString()).isEqualTo(total);
			rows.getContent().forEach((r) -> ids.add(r.id()));
		}
		return ids;
	}

	@Test
	void aTopLevelOfficesListByFragmentHasTheSamePeopleOrderAndCountsAsTheScopesDefinition() {
		int nonEmpty = 0;
		for (String q : FRAGMENTS) {
			for (String sort : new String[] { null, "birthDate" }) {
				boolean byAge = sort != null;
				List<Long> whole = expected(path(this.a.root()), q, byAge);
				nonEmpty += whole.isEmpty() ? 0 : 1;
				// the office's own scope: one top-level pattern
				assertThat(listed(this.a.office(), new PersonFilter(q, null, null, null, null, sort), whole.size()))
					.as(q)
					.containsExactlyElementsOf(whole);
				// the unit filter on the top-level unit, by the administrator
				assertThat(listed(TestCallers.admin(), new PersonFilter(q, this.a.root(), null, null, null, sort),
						whole.size()))
					.as(q)
					.containsExactlyElementsOf(whole);
				// a deeper unit filter stays a path range
				List<Long> cell = expected(path(this.a.cell()), q, byAge);
				assertThat(listed(this.a.office(), new PersonFilter(q, this.a.cell(), null, null, null, sort),
						cell.size()))
					.as(q)
					.containsExactlyElementsOf(cell);
			}
		}
		assertThat(nonEmpty).isGreaterThan(10);
	}

	@Test
	void topIdIsTheFirstLabelOfThePathSoItSelectsTheSameRowsAsThePathRange() {
		for (long top : new long[] { this.a.root(), this.b.root() }) {
			List<String> byTop = this.jdbc
				.sql("select person_id || path from person_scope where top_id = :top order by 1")
				.param("top", top)
				.query(String.class)
				.list();
			List<String> byPath = this.jdbc
				.sql("select person_id || path from person_scope where path like :prefix order by 1")
				.param("prefix", path(top) + "%")
				.query(String.class)
				.list();
			assertThat(byTop).isNotEmpty().containsExactlyElementsOf(byPath);
		}
	}

	@Test
	void aCellMovedToAnotherTopLevelOrganisationTakesItsPeoplesRowsAlong() {
		// the persons whose only unit is the cell: none of them stays in the old
		// organisation
		List<Long> inCell = this.jdbc
			.sql("select person_id from person_scope group by person_id having bool_and(path = :path)")
			.param("path", path(this.a.cell()))
			.query(Long.class)
			.list();
		assertThat(inCell).isNotEmpty();
		for (long unit : new long[] { this.a.cell(), this.b.root() }) {
			this.jdbc.sql("""
					insert into org_unit_history (unit_id, change, valid_from, name, short_name, parent_id, recorded_by)
					select id, 'ESTABLISHED', established_on, name, short_name, parent_id, 'test' from org_unit
					where id = :id""").param("id", unit).update();
		}

		this.units.move(new MoveUnitCmd(this.a.cell(), this.b.root(), LocalDate.now(PersonService.ZONE), null, null));

		assertThat(this.jdbc.sql("select top_id from person_scope where path = :path")
			.param("path", path(this.a.cell()))
			.query(Long.class)
			.list()).isNotEmpty().containsOnly(this.b.root());
		assertThat(this.jdbc.sql("select count(*) from person_scope where top_id <> split_part(path, '/', 2)::bigint")
			.query(Long.class)
			.single()).isZero();
		for (String q : FRAGMENTS) {
			assertThat(listed(this.b.office(), new PersonFilter(q, null, null, null, null, null),
					expected(path(this.b.root()), q, false).size()))
				.as(q)
				.containsExactlyElementsOf(expected(path(this.b.root()), q, false));
			assertThat(listed(this.a.office(), new PersonFilter(q, null, null, null, null, null),
					expected(path(this.a.root()), q, false).size()))
				.as(q)
				.containsExactlyElementsOf(expected(path(this.a.root()), q, false))
				.doesNotContainAnyElementsOf(inCell);
		}
	}

}
