package vn.dangvu.membership.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.organisation.UnitScope;
import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;

/**
 * The figures review reports quote, for a unit and a period: one row per child of the
 * unit (its subtree's figures; a drill-down opens the same report for it), one for the
 * events recorded at the unit itself, and the total. Without a unit, one row per root of
 * the caller's scope. Read from {@code membership_tally} (V546, decision 0280), which
 * counts each event, corrected events left out, once for every ancestor-or-self of its
 * unit (the cell for Party events, the branch for Youth Union ones).
 */
@Service
@RequiredArgsConstructor
public class MembershipStatistics {

	/**
	 * The chosen unit's children and itself: one index range of the tally
	 * ({@code bench/membership} reads this text). Every non-zero via is a current child
	 * (a move carries a subtree's counts away); saying so lets the names come from the
	 * parent index instead of a scan of every unit.
	 */
	static final String CHILDREN = """
			select u.id, u.code, u.name, s.admitted, s.converted, s.transferred_in, s.transferred_out, s.struck_off,
			  s.expelled, s.youth_matured, u.id = :unit
			from (select t.via_id, sum(t.admitted) as admitted, sum(t.converted) as converted,
			        sum(t.transferred_in) as transferred_in, sum(t.transferred_out) as transferred_out,
			        sum(t.struck_off) as struck_off, sum(t.expelled) as expelled, sum(t.youth_matured) as youth_matured
			      from membership_tally t where t.unit_id = :unit and t.day between :from and :to
			      group by t.via_id) s
			join unit_ref u on u.id = s.via_id
			where (u.parent_id = :unit or u.id = :unit)
			  and (s.admitted, s.converted, s.transferred_in, s.transferred_out, s.struck_off, s.expelled,
			  s.youth_matured) <> (0, 0, 0, 0, 0, 0, 0)
			order by u.path""";

	/**
	 * The roots of the caller's scope (every top-level unit for a whole-tree caller)
	 * ({@code bench/membership} reads this text).
	 */
	static final String ROOTS = """
			select u.id, u.code, u.name, s.admitted, s.converted, s.transferred_in, s.transferred_out, s.struck_off,
			  s.expelled, s.youth_matured, false
			from unit_ref u
			cross join lateral (select sum(t.admitted) as admitted, sum(t.converted) as converted,
			    sum(t.transferred_in) as transferred_in, sum(t.transferred_out) as transferred_out,
			    sum(t.struck_off) as struck_off, sum(t.expelled) as expelled, sum(t.youth_matured) as youth_matured
			  from membership_tally t where t.unit_id = u.id and t.day between :from and :to) s
			where ((:scopeAll and u.parent_id is null) or u.path = any(:paths))
			  and (s.admitted, s.converted, s.transferred_in, s.transferred_out, s.struck_off, s.expelled,
			    s.youth_matured) <> (0, 0, 0, 0, 0, 0, 0)
			order by u.path""";

	/**
	 * The chosen unit and its ancestors the caller may see, top down; none outside the
	 * scope.
	 */
	static final String TRAIL = """
			select u.id, u.name from unit_ref u
			where u.id in (select cast(unnest(string_to_array(trim(both '/' from x.path), '/')) as bigint)
			               from unit_ref x where x.id = :unit)
			  and %s
			order by u.depth""".formatted(UnitScope.condition("u"));

	private final JdbcClient jdbc;

	private final UnitScopes scopes;

	/**
	 * One row's figures: a child's subtree, or ({@code atUnit}) the events recorded at
	 * the chosen unit itself.
	 */
	public record Row(long unitId, String code, String name, long admitted, long converted, long transferredIn,
			long transferredOut, long struckOff, long expelled, long youthMatured, boolean atUnit) {

		public long endedTotal() {
			return this.struckOff + this.expelled;
		}

		Row plus(Row o) {
			return new Row(0, "", "", this.admitted + o.admitted, this.converted + o.converted,
					this.transferredIn + o.transferredIn, this.transferredOut + o.transferredOut,
					this.struckOff + o.struckOff, this.expelled + o.expelled, this.youthMatured + o.youthMatured,
					false);
		}

	}

	/** A unit on the way from the caller's scope down to the chosen unit. */
	public record Crumb(long unitId, String name) {

	}

	/**
	 * The figures by child with their total; {@code trail} the chosen unit's ancestors
	 * within the caller's scope, ending with the unit (empty without a unit).
	 */
	public record Report(Long unitId, String unitName, LocalDate from, LocalDate to, List<Crumb> trail, List<Row> rows,
			Row total) {

	}

	@Transactional(readOnly = true)
	public Report report(Caller caller, Long unitId, LocalDate from, LocalDate to) {
		if (from == null) {
			throw RuleViolationException.onField("from", "membership.field.required");
		}
		if (to == null) {
			throw RuleViolationException.onField("to", "membership.field.required");
		}
		if (to.isBefore(from)) {
			throw RuleViolationException.onField("to", "membership.statistics.period");
		}
		UnitScope scope = this.scopes.of(caller);
		List<Crumb> trail = List.of();
		String unitName = null;
		List<Row> rows;
		if (unitId != null) {
			Map<String, Object> params = new HashMap<>(scope.params());
			params.put("unit", unitId);
			trail = this.jdbc.sql(TRAIL)
				.params(params)
				.query((rs, n) -> new Crumb(rs.getLong(1), rs.getString(2)))
				.list();
			if (trail.isEmpty() || trail.get(trail.size() - 1).unitId() != unitId) {
				throw NotFoundException.of("unit", unitId);
			}
			unitName = trail.get(trail.size() - 1).name();
			rows = this.jdbc.sql(CHILDREN)
				.param("unit", unitId)
				.param("from", from)
				.param("to", to)
				.query(MembershipStatistics::row)
				.list();
		}
		else {
			rows = this.jdbc.sql(ROOTS)
				.param("scopeAll", scope.all())
				.param("paths", scope.pathPrefixes().toArray(String[]::new))
				.param("from", from)
				.param("to", to)
				.query(MembershipStatistics::row)
				.list();
		}
		Row total = new Row(0, "", "", 0, 0, 0, 0, 0, 0, 0, false);
		for (Row r : rows) {
			total = total.plus(r);
		}
		return new Report(unitId, unitName, from, to, trail, rows, total);
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
				rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getBoolean(11));
	}

}
