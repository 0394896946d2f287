package vn.dangvu.people.scope;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@code person_scope} read model (decision 0070): one row per distinct current
 * unit path of a person, with its sort key, search text, memberships and birth date.
 * Always called inside the writing transaction.
 */
@Component
@RequiredArgsConstructor
public class PersonScopeRows {

	/**
	 * The rows of a person from its stored units, name, search text, memberships and
	 * birth date.
	 */
	private static final String FROM_PERSON = """
			insert into person_scope (person_id, path, sort_key, search_text, party_member, union_member,
			  youth_member, birth_date)
			select distinct p.id, u.path, p.sort_key, p.search_text, p.party_unit_id is not null,
			  p.union_unit_id is not null, p.youth_unit_id is not null, p.birth_date
			from person p join unit_ref u
			  on u.id in (p.work_unit_id, p.party_unit_id, p.union_unit_id, p.youth_unit_id)
			""";

	private final JdbcClient jdbc;

	/**
	 * Replaces the rows of one person from its stored units, name, search text,
	 * memberships and birth date.
	 */
	public void refresh(long personId) {
		this.jdbc.sql("delete from person_scope where person_id = :id").param("id", personId).update();
		this.jdbc.sql(FROM_PERSON + "where p.id = :id").param("id", personId).update();
	}

	/**
	 * Adds the rows of every person whose id lies in the range (a bulk load such as the
	 * demo data); rows already there stay.
	 */
	public void fill(long firstId, long lastId) {
		this.jdbc.sql(FROM_PERSON + "where p.id between :first and :last on conflict do nothing")
			.param("first", firstId)
			.param("last", lastId)
			.update();
	}

	/**
	 * A unit's subtree moved: every path under the old prefix now starts with the new
	 * one.
	 */
	public int move(String oldPath, String newPath) {
		return this.jdbc.sql("""
				update person_scope set path = :newPath || substr(path, length(:oldPath) + 1)
				where path like :pattern""")
			.param("newPath", newPath)
			.param("oldPath", oldPath)
			.param("pattern", oldPath + "%")
			.update();
	}

}
