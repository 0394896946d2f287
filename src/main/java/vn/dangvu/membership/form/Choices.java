package vn.dangvu.membership.form;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.organisation.UnitScope;
import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.text.VietnameseText;

/** The lists the forms choose from, within the caller's scope. */
@Component
@RequiredArgsConstructor
public class Choices {

	private final JdbcClient jdbc;

	private final UnitScopes scopes;

	public record Option(long id, String name) {

	}

	private Map<String, Object> params(Caller caller) {
		UnitScope scope = this.scopes.of(caller);
		return new HashMap<>(scope.params());
	}

	/** Open cells in the caller's scope. */
	@Transactional(readOnly = true)
	public List<Option> cells(Caller caller) {
		return this.jdbc
			.sql("select u.id, u.name from unit_ref u where u.kind = 'CELL' and u.closed_on is null and "
					+ UnitScope.condition("u") + " order by u.name limit 1000")
			.params(params(caller))
			.query((rs, n) -> new Option(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/** Every open cell (a transfer may go to a cell outside the caller's scope). */
	@Transactional(readOnly = true)
	public List<Option> allCells() {
		return this.jdbc
			.sql("select u.id, u.name from unit_ref u where u.kind = 'CELL' and u.closed_on is null "
					+ "order by u.name limit 5000")
			.query((rs, n) -> new Option(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/** People of the scope who are not Party members (candidates to be). */
	@Transactional(readOnly = true)
	public List<Option> nonMembers(Caller caller) {
		return this.jdbc
			.sql("""
					select p.id, p.full_name from person_ref p join unit_ref u on u.id in (p.work_unit_id, p.youth_unit_id,
					  p.union_unit_id)
					where p.party_unit_id is null and %s
					  and not exists (select 1 from admission a where a.person_id = p.id and a.state in ('OPEN', 'ADMITTED'))
					group by p.id, p.full_name, p.sort_key order by p.sort_key limit 1000"""
				.formatted(UnitScope.condition("u")))
			.params(params(caller))
			.query((rs, n) -> new Option(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/**
	 * A person offered by the candidate search, with the birth date that tells namesakes
	 * apart.
	 */
	public record Candidate(long id, String name, LocalDate birthDate) {

	}

	/**
	 * The first {@code limit} people of {@link #nonMembers} whose name (or CCCD) contains
	 * the folded {@code query}, as the people list searches: "ket" finds "Hồ Văn Kết".
	 */
	@Transactional(readOnly = true)
	public List<Candidate> candidates(Caller caller, String query, int limit) {
		Map<String, Object> params = params(caller);
		params.put("pattern", VietnameseText.likeContains(VietnameseText.fold(query)));
		params.put("limit", limit);
		return this.jdbc
			.sql("""
					select p.id, p.full_name, p.birth_date from person_ref p
					where p.party_unit_id is null and p.search_text like :pattern
					  and exists (select 1 from unit_ref u where u.id in (p.work_unit_id, p.youth_unit_id, p.union_unit_id)
					    and %s)
					  and not exists (select 1 from admission a where a.person_id = p.id and a.state in ('OPEN', 'ADMITTED'))
					order by p.sort_key, p.id limit :limit"""
				.formatted(UnitScope.condition("u")))
			.params(params)
			.query((rs, n) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
			.list();
	}

	/** Party members of the cells in the caller's scope. */
	@Transactional(readOnly = true)
	public List<Option> members(Caller caller) {
		return this.jdbc.sql("""
				select p.id, p.full_name || ' — ' || u.name from person_ref p join unit_ref u on u.id = p.party_unit_id
				where %s order by p.sort_key limit 2000""".formatted(UnitScope.condition("u")))
			.params(params(caller))
			.query((rs, n) -> new Option(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/** A person's name (for people already shown through a scoped record). */
	@Transactional(readOnly = true)
	public String name(long personId) {
		return nameOr("select full_name from person_ref where id = :id", personId);
	}

	@Transactional(readOnly = true)
	public String unitName(long unitId) {
		return nameOr("select name from unit_ref where id = :id", unitId);
	}

	/** The name the query finds for the id, or "#id" when there is none. */
	private String nameOr(String query, long id) {
		return this.jdbc.sql(query).param("id", id).query(String.class).optional().orElse("#" + id);
	}

	/**
	 * Units in the caller's scope that a report can be asked for (all but the smallest
	 * branches).
	 */
	@Transactional(readOnly = true)
	public List<Option> parties(Caller caller) {
		return this.jdbc
			.sql("select u.id, u.name from unit_ref u where u.closed_on is null and " + UnitScope.condition("u")
					+ " order by u.path limit 2000")
			.params(params(caller))
			.query((rs, n) -> new Option(rs.getLong(1), rs.getString(2)))
			.list();
	}

}
