package vn.dangvu.membership;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dangvu.people.PeopleFixtures;
import vn.dangvu.people.Sex;
import vn.dangvu.platform.text.VietnameseName;
import vn.dangvu.platform.text.VietnameseText;

/** Units and people for Youth Union, trade-union and dues tests, with unique codes. */
public final class MassFixtures {

	private final JdbcClient jdbc;

	private final PeopleFixtures units;

	public MassFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.units = new PeopleFixtures(jdbc);
	}

	/**
	 * A committee with two cells, a trade union with a branch, a youth union with two
	 * branches.
	 */
	public record Tree(long root, long cell, long otherCell, long union, long unionBranch, long youth, long youthBranch,
			long otherYouthBranch) {
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
		this.jdbc.sql("""
				insert into person_scope (person_id, path, sort_key, search_text, party_member, union_member,
				  youth_member, birth_date)
				select distinct p.id, u.path, p.sort_key, p.search_text, p.party_unit_id is not null,
				  p.union_unit_id is not null, p.youth_unit_id is not null, p.birth_date
				from person p join org_unit u
				  on u.id in (p.work_unit_id, p.party_unit_id, p.union_unit_id, p.youth_unit_id)
				where p.id = :id on conflict do nothing""").param("id", id).update();
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
