package vn.dangvu.organisation.tree;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.organisation.UnitDto;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitScope;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.text.VietnameseText;

/**
 * Read models of the current unit tree, always limited to a scope: units, children,
 * search and breadcrumbs ({@link UnitHistoryQueries} reads the tree of a past date).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class UnitQueries {

	private static final String SCOPE = " " + UnitScope.condition("u") + " ";

	private final JdbcClient jdbc;

	static UnitDto dto(ResultSet rs, int n) throws SQLException {
		return new UnitDto(rs.getLong("id"), rs.getString("code"), UnitKind.valueOf(rs.getString("kind")),
				rs.getString("name"), rs.getString("short_name"), rs.getObject("parent_id", Long.class),
				rs.getString("path"), rs.getInt("depth"), rs.getObject("established_on", LocalDate.class),
				rs.getObject("closed_on", LocalDate.class));
	}

	private JdbcClient.StatementSpec scoped(String sql, UnitScope scope) {
		return this.jdbc.sql(sql).params(scope.params());
	}

	public Optional<UnitDto> find(long id, UnitScope scope) {
		if (scope.isEmpty()) {
			return Optional.empty();
		}
		return scoped("select " + UnitRepository.COLUMNS + " from org_unit u where u.id = :id and" + SCOPE, scope)
			.param("id", id)
			.query(UnitQueries::dto)
			.optional();
	}

	public UnitDto require(long id, UnitScope scope) {
		return find(id, scope).orElseThrow(() -> NotFoundException.of("unit", id));
	}

	/**
	 * The unit this one was merged into, when it was merged away and that unit is
	 * visible.
	 */
	public Optional<UnitDto> mergedInto(long id, UnitScope scope) {
		if (scope.isEmpty()) {
			return Optional.empty();
		}
		return scoped("select " + UnitRepository.COLUMNS
				+ " from org_unit s join org_unit u on u.id = s.merged_into_id " + "where s.id = :id and" + SCOPE,
				scope)
			.param("id", id)
			.query(UnitQueries::dto)
			.optional();
	}

	public boolean isVisible(long id, UnitScope scope) {
		return find(id, scope).isPresent();
	}

	/** Current units in scope, ordered by path; optionally filtered by text and kinds. */
	public List<UnitDto> list(UnitScope scope, String query, Set<UnitKind> kinds, boolean includeClosed) {
		if (scope.isEmpty()) {
			return List.of();
		}
		String folded = VietnameseText.fold(query);
		return scoped("select " + UnitRepository.COLUMNS + " from org_unit u where" + SCOPE
				+ "and (:closed or u.closed_on is null) and (:q = '' or u.search_text like :pattern) "
				+ "and (:anyKind or u.kind = any(:kinds)) order by u.path", scope)
			.param("closed", includeClosed)
			.param("q", folded)
			.param("pattern", VietnameseText.likeContains(folded))
			.param("anyKind", kinds == null || kinds.isEmpty())
			.param("kinds", kindNames(kinds))
			.query(UnitQueries::dto)
			.list();
	}

	public Map<UnitKind, Long> countByKind(UnitScope scope) {
		Map<UnitKind, Long> counts = new EnumMap<>(UnitKind.class);
		for (UnitKind k : UnitKind.values()) {
			counts.put(k, 0L);
		}
		if (scope.isEmpty()) {
			return counts;
		}
		scoped("select u.kind, count(*) as n from org_unit u where" + SCOPE + "and u.closed_on is null group by u.kind",
				scope)
			.query((rs, n) -> Map.entry(UnitKind.valueOf(rs.getString("kind")), rs.getLong("n")))
			.list()
			.forEach((e) -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	/**
	 * The tops of the caller's scope: visible units whose parent is not visible (or who
	 * have none).
	 */
	public List<UnitNode> roots(UnitScope scope, boolean includeClosed) {
		if (scope.isEmpty()) {
			return List.of();
		}
		return scoped("select " + UnitRepository.COLUMNS + ", " + childCount("u") + " from org_unit u "
				+ "left join org_unit p on p.id = u.parent_id where" + SCOPE + "and (:closed or u.closed_on is null) "
				+ "and (p.id is null or not " + UnitScope.condition("p") + ") order by u.name collate vietnamese, u.id",
				scope)
			.param("closed", includeClosed)
			.query((rs, n) -> new UnitNode(dto(rs, n), rs.getLong("child_count")))
			.list();
	}

	public List<UnitNode> children(long parentId, UnitScope scope, boolean includeClosed) {
		if (scope.isEmpty()) {
			return List.of();
		}
		return scoped("select " + UnitRepository.COLUMNS + ", " + childCount("u") + " from org_unit u "
				+ "where u.parent_id = :parent and" + SCOPE + "and (:closed or u.closed_on is null) "
				+ "order by u.closed_on nulls first, u.name collate vietnamese, u.id", scope)
			.param("parent", parentId)
			.param("closed", includeClosed)
			.query((rs, n) -> new UnitNode(dto(rs, n), rs.getLong("child_count")))
			.list();
	}

	private static String childCount(String alias) {
		return "(select count(*) from org_unit c where c.parent_id = " + alias
				+ ".id and (:closed or c.closed_on is null)) as child_count";
	}

	/** Units whose name, short name or code contains the text, diacritics ignored. */
	public List<SearchHit> search(String query, UnitScope scope, boolean includeClosed, int limit) {
		String folded = VietnameseText.fold(query);
		if (folded.isEmpty() || scope.isEmpty()) {
			return List.of();
		}
		List<UnitDto> found = scoped("select " + UnitRepository.COLUMNS + " from org_unit u where" + SCOPE
				+ "and (:closed or u.closed_on is null) and u.search_text like :pattern "
				+ "order by similarity(u.search_text, :q) desc, u.name collate vietnamese limit :limit", scope)
			.param("closed", includeClosed)
			.param("pattern", VietnameseText.likeContains(folded))
			.param("q", folded)
			.param("limit", limit)
			.query(UnitQueries::dto)
			.list();
		Map<Long, String> names = names(found.stream().flatMap((u) -> ancestorIds(u.path()).stream()).toList(), scope);
		return found.stream().map((u) -> new SearchHit(u, trail(u.path(), names))).toList();
	}

	/** The visible ancestors of a unit, top first. */
	public List<Crumb> breadcrumb(UnitDto unit, UnitScope scope) {
		return trail(unit.path(), names(ancestorIds(unit.path()), scope));
	}

	private static List<Crumb> trail(String path, Map<Long, String> names) {
		return ancestorIds(path).stream().filter(names::containsKey).map((id) -> new Crumb(id, names.get(id))).toList();
	}

	static List<Long> ancestorIds(String path) {
		List<Long> ids = Arrays.stream(path.split("/")).filter((s) -> !s.isEmpty()).map(Long::valueOf).toList();
		return ids.subList(0, Math.max(0, ids.size() - 1));
	}

	private Map<Long, String> names(List<Long> ids, UnitScope scope) {
		if (ids.isEmpty() || scope.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> names = new HashMap<>();
		scoped("select u.id, u.name from org_unit u where u.id = any(:ids) and" + SCOPE, scope)
			.param("ids", new HashSet<>(ids).toArray(Long[]::new))
			.query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("name")))
			.list()
			.forEach((e) -> names.put(e.getKey(), e.getValue()));
		return names;
	}

	/**
	 * Open units in scope where the unit may be placed (not inside itself, a legal kind).
	 */
	public List<UnitDto> moveTargets(UnitDto unit, UnitScope scope) {
		return list(scope, null, unit.kind().allowedParents(), false).stream()
			.filter((p) -> !p.path().startsWith(unit.path()))
			.filter((p) -> unit.parentId() == null || p.id() != unit.parentId())
			.toList();
	}

	static String[] kindNames(Set<UnitKind> kinds) {
		return kinds == null ? new String[0] : kinds.stream().map(Enum::name).toArray(String[]::new);
	}

}
