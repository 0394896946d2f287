package vn.dangvu.organisation.tree;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.organisation.UnitDto;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitScope;
import vn.dangvu.platform.text.VietnameseText;

/**
 * Read models of the unit tree's past, always limited to a scope: a unit's history
 * periods and the tree as it stood on a past date (derived from org_unit_history).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class UnitHistoryQueries {

	/**
	 * History periods valid on :d, then the tree they formed walked down from its roots.
	 */
	private static final String AS_OF_TREE = """
			with recursive h as (
			    select unit_id, name, short_name, parent_id from org_unit_history
			     where valid_from <= :d and (valid_to is null or valid_to > :d)),
			t as (
			    select h.unit_id, h.name, h.short_name, h.parent_id, '/' || h.unit_id || '/' as apath, 0 as lvl
			      from h where h.parent_id is null
			    union all
			    select c.unit_id, c.name, c.short_name, c.parent_id, t.apath || c.unit_id || '/', t.lvl + 1
			      from h c join t on c.parent_id = t.unit_id
			     where position('/' || c.unit_id || '/' in t.apath) = 0)
			select u.id, u.code, u.kind, t.name, t.short_name, t.parent_id, t.apath as path, t.lvl as depth,
			       u.established_on, u.closed_on, u.search_text
			  from t join org_unit u on u.id = t.unit_id
			 where %s
			""".formatted(UnitScope.condition("u"));

	private final JdbcClient jdbc;

	private final UnitQueries current;

	private JdbcClient.StatementSpec scoped(String sql, UnitScope scope) {
		return this.jdbc.sql(sql).params(scope.params());
	}

	public List<HistoryEntry> history(long unitId, UnitScope scope) {
		this.current.require(unitId, scope);
		return this.jdbc.sql("""
				select h.id, h.change, h.valid_from, h.valid_to, h.name, h.short_name, h.parent_id,
				       p.name as parent_name, h.decision_ref, h.note, h.recorded_at, h.recorded_by
				  from org_unit_history h left join org_unit p on p.id = h.parent_id
				 where h.unit_id = :id order by h.valid_from, h.id""")
			.param("id", unitId)
			.query((rs, n) -> new HistoryEntry(rs.getLong("id"), UnitChange.valueOf(rs.getString("change")),
					rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
					rs.getString("name"), rs.getString("short_name"), rs.getObject("parent_id", Long.class),
					rs.getString("parent_name"), rs.getString("decision_ref"), rs.getString("note"),
					rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("recorded_by")))
			.list();
	}

	/**
	 * The units in scope that existed on the date, with the name and parent they had
	 * then; {@code path} and {@code depth} are those of that day's tree. Ordered by that
	 * path.
	 */
	public List<UnitDto> listAsOf(UnitScope scope, LocalDate date, String query, Set<UnitKind> kinds) {
		if (scope.isEmpty()) {
			return List.of();
		}
		String folded = VietnameseText.fold(query);
		return scoped(AS_OF_TREE + " and (:anyKind or u.kind = any(:kinds)) order by t.apath", scope).param("d", date)
			.param("anyKind", kinds == null || kinds.isEmpty())
			.param("kinds", UnitQueries.kindNames(kinds))
			.query(UnitQueries::dto)
			.list()
			.stream()
			.filter((u) -> folded.isEmpty() || VietnameseText
				.fold(u.name() + " " + (u.shortName() == null ? "" : u.shortName()) + " " + u.code())
				.contains(folded))
			.toList();
	}

	/**
	 * One unit as it stood on the date; empty when it did not exist then (or is not
	 * visible).
	 */
	public Optional<UnitDto> findAsOf(long id, UnitScope scope, LocalDate date) {
		if (scope.isEmpty()) {
			return Optional.empty();
		}
		return scoped(AS_OF_TREE + " and u.id = :id", scope).param("d", date)
			.param("id", id)
			.query(UnitQueries::dto)
			.optional();
	}

	/** The subtree under a unit (the unit included) as it stood on the date. */
	public List<UnitDto> treeAsOf(long rootId, UnitScope scope, LocalDate date) {
		if (scope.isEmpty()) {
			return List.of();
		}
		return scoped(AS_OF_TREE + " and t.apath like '%/' || :root || '/%' order by t.apath", scope).param("d", date)
			.param("root", String.valueOf(rootId))
			.query(UnitQueries::dto)
			.list();
	}

	/** Tops and children of the tree as it stood on the date, for the browser. */
	public List<UnitNode> rootsAsOf(UnitScope scope, LocalDate date) {
		List<UnitDto> all = listAsOf(scope, date, null, null);
		Set<Long> ids = all.stream().map(UnitDto::id).collect(Collectors.toSet());
		return nodes(all, (u) -> u.parentId() == null || !ids.contains(u.parentId()));
	}

	public List<UnitNode> childrenAsOf(long parentId, UnitScope scope, LocalDate date) {
		List<UnitDto> all = treeAsOf(parentId, scope, date);
		return nodes(all, (u) -> u.parentId() != null && u.parentId() == parentId);
	}

	private static List<UnitNode> nodes(List<UnitDto> all, Function<UnitDto, Boolean> pick) {
		Map<Long, Long> counts = all.stream()
			.filter((u) -> u.parentId() != null)
			.collect(Collectors.groupingBy(UnitDto::parentId, Collectors.counting()));
		List<UnitNode> nodes = new ArrayList<>();
		for (UnitDto u : all) {
			if (pick.apply(u)) {
				nodes.add(new UnitNode(u, counts.getOrDefault(u.id(), 0L)));
			}
		}
		nodes.sort((a, b) -> a.unit().name().compareTo(b.unit().name()));
		return nodes;
	}

}
