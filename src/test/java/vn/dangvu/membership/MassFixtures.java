package vn.dangvu.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dangvu.TestCallers;
import vn.dangvu.people.PeopleFixtures;
import vn.dangvu.people.Sex;
import vn.dangvu.people.scope.PersonScopeRows;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;
import vn.dangvu.platform.text.VietnameseName;
import vn.dangvu.platform.text.VietnameseText;

/**
 * Units, people and their memberships for membership tests (Party, Youth Union, trade
 * union, dues), with unique codes, and what tests read back about them.
 */
public final class MassFixtures {

	private final JdbcClient jdbc;

	private final PeopleFixtures units;

	/** The people module's own writer of the {@code person_scope} read model. */
	private final PersonScopeRows scopeRows;

	public MassFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.units = new PeopleFixtures(jdbc);
		this.scopeRows = new PersonScopeRows(jdbc);
	}

	/**
	 * A committee with two cells, a trade union with a branch, a youth union with two
	 * branches.
	 */
	public record Tree(long root, long cell, long otherCell, long union, long unionBranch, long youth, long youthBranch,
			long otherYouthBranch) {

		/** The secretary of {@link #cell()}. */
		public Caller secretary() {
			return TestCallers.secretaryOf(this.cell);
		}

		/** The trade-union officer of {@link #union()}. */
		public Caller unionOfficer() {
			return TestCallers.withRole(Role.UNION_OFFICER, this.union);
		}

		/** The Youth Union officer of {@link #youth()}. */
		public Caller youthOfficer() {
			return TestCallers.withRole(Role.YOUTH_OFFICER, this.youth);
		}

	}

	public Tree tree(String label) {
		String s = UUID.randomUUID().toString().substring(0, 8);
		long root = this.units.unit("MT-" + s, "GRASSROOTS_COMMITTEE", null, "Đảng bộ " + label);
		long cell = this.units.unit("MC-" + s, "CELL", root, "Chi bộ " + label);
		long other = this.units.unit("MO-" + s, "CELL", root, "Chi bộ khác " + label);
		long union = this.units.unit("MU-" + s, "TRADE_UNION", null, "Công đoàn " + label);
		long branch = this.units.unit("MB-" + s, "UNION_BRANCH", union, "Tổ công đoàn " + label);
		long youth = this.units.unit("MY-" + s, "YOUTH_UNION", null, "Đoàn TN " + label);
		long yb = this.units.unit("MYB-" + s, "YOUTH_BRANCH", youth, "Chi đoàn " + label);
		long yb2 = this.units.unit("MYC-" + s, "YOUTH_BRANCH", youth, "Chi đoàn khác " + label);
		// the union and youth union serve the staff of the committee (decision 0161)
		ledBy(union, root);
		ledBy(branch, cell);
		ledBy(youth, root);
		ledBy(yb, cell);
		ledBy(yb2, other);
		return new Tree(root, cell, other, union, branch, youth, yb, yb2);
	}

	private void ledBy(long unit, long partyUnit) {
		this.jdbc.sql("update org_unit set led_by_id = :l where id = :u")
			.param("l", partyUnit)
			.param("u", unit)
			.update();
	}

	/** A person working in {@code workUnit}, with the given memberships (null = none). */
	public long person(String fullName, LocalDate born, long workUnit, Long party, Long union, Long youth) {
		VietnameseName name = VietnameseName.parse(fullName);
		long id = this.jdbc.sql("""
				insert into person (full_name, family_name, middle_name, given_name, search_text, sort_key,
				                    birth_date, sex, cccd, work_unit_id, party_unit_id, union_unit_id, youth_unit_id)
				values (:full, :family, :middle, :given, :search, :sort, :born, 'MALE', :cccd, :work, :party, :union,
				        :youth) returning id""")
			.param("full", name.full())
			.param("family", name.family())
			.param("middle", name.middle())
			.param("given", name.given())
			.param("search", VietnameseText.fold(name.full()))
			.param("sort", name.sortKey())
			.param("born", born)
			.param("cccd", PeopleFixtures.cccd(born, Sex.MALE))
			.param("work", workUnit)
			.param("party", party)
			.param("union", union)
			.param("youth", youth)
			.query(Long.class)
			.single();
		this.scopeRows.fill(id, id);
		return id;
	}

	/**
	 * A full Party member of the cell since 2015 (recorded, not admitted through a file),
	 * working in {@code workUnit}.
	 */
	public long partyMember(String fullName, LocalDate born, long workUnit, long cell) {
		long id = person(fullName, born, workUnit, cell, null, null);
		recorded(id, cell, "2015-01-01", "2014-01-01", "2015-01-01");
		return id;
	}

	/** A Party member recorded in the cell's log (a member from before the system). */
	public void recorded(long personId, long cell, String occurredOn, String admittedOn, String fullOn) {
		this.jdbc.sql("""
				insert into membership_event (person_id, membership, event_type, occurred_on, unit_id, details,
				  recorded_by) values (:p, 'PARTY', 'RECORDED', cast(:on as date), :c,
				  jsonb_build_object('admittedOn', :admitted, 'fullOn', :full), 'test')""")
			.param("p", personId)
			.param("on", occurredOn)
			.param("c", cell)
			.param("admitted", admittedOn)
			.param("full", fullOn)
			.update();
	}

	public String cccd(long personId) {
		return this.jdbc.sql("select cccd from person where id = :p").param("p", personId).query(String.class).single();
	}

	public Long partyUnit(long personId) {
		return unitColumn("party_unit_id", personId);
	}

	public Long unionUnit(long personId) {
		return unitColumn("union_unit_id", personId);
	}

	public Long youthUnit(long personId) {
		return unitColumn("youth_unit_id", personId);
	}

	private Long unitColumn(String column, long personId) {
		return this.jdbc.sql("select " + column + " from person where id = :p")
			.param("p", personId)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	/** How many events of this type the person has in this membership's log. */
	public long events(long personId, String membership, String type) {
		return this.jdbc.sql("""
				select count(*) from membership_event
				where person_id = :p and membership = :m and event_type = :t""")
			.param("p", personId)
			.param("m", membership)
			.param("t", type)
			.query(Long.class)
			.single();
	}

	/** How many transfers the person has (Party). */
	public long transfers(long personId) {
		String sql = "select count(*) from membership_transfer where person_id = :p";
		return this.jdbc.sql(sql).param("p", personId).query(Long.class).single();
	}

	/** The types of the person's events in this membership's log, oldest first. */
	public List<String> eventTypes(long personId, String membership) {
		return this.jdbc
			.sql("select event_type from membership_event where person_id = :p and membership = :m order by id")
			.param("p", personId)
			.param("m", membership)
			.query(String.class)
			.list();
	}

	/**
	 * A Party member of the tree's cell, born 01/01/1980, with this insured salary since
	 * 2020 (none when 0): someone whose Party dues the secretary records.
	 */
	public long duesPayer(Tree tree, String fullName, long salary) {
		long id = person(fullName, LocalDate.of(1980, 1, 1), tree.cell(), tree.cell(), null, null);
		if (salary > 0) {
			salary(id, "SALARY", salary, "2020-01-01");
		}
		return id;
	}

	public void salary(long personId, String kind, long amount, String validFrom) {
		this.jdbc.sql("""
				insert into insured_salary (person_id, kind, amount, valid_from, recorded_by)
				values (:p, :k, :a, cast(:d as date), 'test')""")
			.param("p", personId)
			.param("k", kind)
			.param("a", amount)
			.param("d", validFrom)
			.update();
	}

	public void category(long personId, String category, String validFrom) {
		this.jdbc.sql("""
				insert into party_dues_category (person_id, category, valid_from, recorded_by)
				values (:p, :c, cast(:d as date), 'test')""")
			.param("p", personId)
			.param("c", category)
			.param("d", validFrom)
			.update();
	}

}
