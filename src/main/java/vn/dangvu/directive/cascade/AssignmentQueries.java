package vn.dangvu.directive.cascade;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.directive.visibility.Visibility;
import vn.dangvu.organisation.UnitScope;
import vn.dangvu.platform.security.Caller;

/** Who holds a directive and where it may be assigned next, in the caller's scope. */
@Service
@RequiredArgsConstructor
public class AssignmentQueries {

	private final JdbcClient jdbc;

	private final Visibility visibility;

	/**
	 * The assignments of a document to the caller's visible units (for the detail page).
	 */
	public record UnitAssignment(long assignmentId, long unitId, String unitName, String unitKind, boolean mayCascade) {

	}

	@Transactional(readOnly = true)
	public List<UnitAssignment> assignmentsInScope(long documentId, Caller caller, int limit) {
		Visibility.View view = this.visibility.of(caller);
		return view.bindUnit(this.jdbc.sql("""
				select a.id, u.id, u.name, u.kind from directive_assignment a join unit_ref u on u.id = a.unit_id
				where a.document_id = :doc and %s order by u.depth, u.path limit :limit""".formatted(Visibility.UNIT)))
			.param("doc", documentId)
			.param("limit", limit)
			.query((rs, n) -> new UnitAssignment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					!"CELL".equals(rs.getString(4)) && Visibility.mayAssign(caller)))
			.list();
	}

	/** A unit the caller may assign the directive to, or cascade from. */
	public record UnitChoice(long id, String name, String kind, int depth, boolean assigned) {

	}

	private static final String HOLDER = """
			(h.id = (select owner_unit_id from directive_document where id = :doc)
			 or h.id in (select unit_id from directive_assignment where document_id = :doc))
			and """ + UnitScope.condition("h");

	/**
	 * Open Party units below a unit that holds the directive, within the caller's scope.
	 */
	@Transactional(readOnly = true)
	public List<UnitChoice> assignableUnits(long documentId, Caller caller) {
		Visibility.View view = this.visibility.of(caller);
		return view.bindUnit(this.jdbc.sql("""
				select u.id, u.name, u.kind, u.depth,
				       exists (select 1 from directive_assignment a where a.document_id = :doc and a.unit_id = u.id)
				from unit_ref u where u.closed_on is null
				and u.kind in ('GRASSROOTS_COMMITTEE', 'SUB_COMMITTEE', 'CELL') and %s
				and exists (select 1 from unit_ref h where %s and u.path like h.path || '%%' and u.id <> h.id)
				order by u.path limit 3000""".formatted(Visibility.UNIT, HOLDER)))
			.param("doc", documentId)
			.query((rs, n) -> new UnitChoice(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getBoolean(5)))
			.list();
	}

	/**
	 * The units holding the directive in the caller's scope (where a cascade may start).
	 */
	@Transactional(readOnly = true)
	public List<UnitChoice> holders(long documentId, Caller caller) {
		Visibility.View view = this.visibility.of(caller);
		return view.bindUnit(this.jdbc.sql("""
				select h.id, h.name, h.kind, h.depth, true from unit_ref h where %s and h.kind <> 'CELL'
				order by h.path""".formatted(HOLDER)))
			.param("doc", documentId)
			.query((rs, n) -> new UnitChoice(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getBoolean(5)))
			.list();
	}

}
