package vn.dangvu.membership.form;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.RowMapper;
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

	private static final String MEMBERS = """
			select p.id, p.full_name || ' — ' || u.name from person_ref p join unit_ref u on u.id = p.party_unit_id
			where %s and %s order by p.sort_key, p.id limit :limit""";

	private static final RowMapper<Option> OPTION = (rs, n) -> new Option(rs.getLong(1), rs.getString(2));

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
			.query(OPTION)
			.list();
	}

	/**
	 * The first {@code limit} open cells of the country whose name (or code) contains the
	 * folded {@code query}: a transfer may go to a cell outside the caller's scope.
	 */
	@Transactional(readOnly = true)
	public List<Option> cells(String query, int limit) {
		return this.jdbc.sql("""
				select u.id, u.name from unit_ref u where u.kind = 'CELL' and u.closed_on is null
				  and (lower(unaccent(u.name)) like :pattern or lower(u.code) like :pattern)
				order by u.name, u.id limit :limit""").params(search(query, limit)).query(OPTION).list();
	}

	/**
	 * The first {@code limit} people of the scope who are not Party members and have no
	 * file under way (candidates to be, or members arriving from outside) whose name (or
	 * CCCD) contains the folded {@code query}, as the people list searches.
	 */
	@Transactional(readOnly = true)
	public List<Option> nonMembers(Caller caller, String query, int limit) {
		return candidates(caller, query, limit).stream().map((c) -> new Option(c.id(), c.name())).toList();
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
		params.putAll(search(query, limit));
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

	/**
	 * The first {@code limit} Party members of the cells in the caller's scope whose name
	 * (or CCCD) contains the folded {@code query}, each with their cell.
	 */
	@Transactional(readOnly = true)
	public List<Option> members(Caller caller, String query, int limit) {
		Map<String, Object> params = params(caller);
		params.putAll(search(query, limit));
		return this.jdbc.sql(MEMBERS.formatted("p.search_text like :pattern", UnitScope.condition("u")))
			.params(params)
			.query(OPTION)
			.list();
	}

	/** The Party member of the caller's scope with this id, if there is one. */
	@Transactional(readOnly = true)
	public Optional<Option> member(Caller caller, long personId) {
		Map<String, Object> params = params(caller);
		params.put("id", personId);
		params.put("limit", 1);
		return this.jdbc.sql(MEMBERS.formatted("p.id = :id", UnitScope.condition("u")))
			.params(params)
			.query(OPTION)
			.optional();
	}

	/** The folded pattern of a name search and its limit. */
	private static Map<String, Object> search(String query, int limit) {
		return Map.of("pattern", VietnameseText.likeContains(VietnameseText.fold(query)), "limit", limit);
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
