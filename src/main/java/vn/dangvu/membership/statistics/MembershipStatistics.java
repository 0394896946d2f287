package vn.dangvu.membership.statistics;

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
 * The figures review reports quote, for a unit's subtree and a period, by unit of the
 * event (the cell for Party events, the branch for Youth Union ones): one SQL pass over
 * the log, cancelled events left out.
 */
@Service
@RequiredArgsConstructor
public class MembershipStatistics {

	static final String SQL = """
			select u.id, u.code, u.name,
			  count(*) filter (where e.membership = 'PARTY' and e.event_type = 'ADMITTED'),
			  count(*) filter (where e.membership = 'PARTY' and e.event_type = 'CONVERTED'),
			  count(*) filter (where e.membership = 'PARTY' and e.event_type = 'TRANSFER_IN'),
			  count(*) filter (where e.membership = 'PARTY' and e.event_type = 'TRANSFER_OUT'),
			  count(*) filter (where e.membership = 'PARTY' and e.event_type = 'STRUCK_OFF'),
			  count(*) filter (where e.membership = 'PARTY' and e.event_type = 'EXPELLED'),
			  count(*) filter (where e.membership = 'YOUTH' and e.event_type = 'MATURED')
			from membership_event e join unit_ref u on u.id = e.unit_id
			where u.path like any(:patterns) and e.occurred_on between :from and :to
			  and e.event_type in ('ADMITTED', 'CONVERTED', 'TRANSFER_IN', 'TRANSFER_OUT', 'STRUCK_OFF', 'EXPELLED',
			    'MATURED')
			  and not exists (select 1 from membership_event c where c.corrects_id = e.id)
			group by u.id, u.code, u.name, u.path order by u.path""";

	private final JdbcClient jdbc;

	private final UnitScopes scopes;

	/** One unit's figures. */
	public record Row(long unitId, String code, String name, long admitted, long converted, long transferredIn,
			long transferredOut, long struckOff, long expelled, long youthMatured) {

		public long endedTotal() {
			return this.struckOff + this.expelled;
		}

		Row plus(Row o) {
			return new Row(0, "", "", this.admitted + o.admitted, this.converted + o.converted,
					this.transferredIn + o.transferredIn, this.transferredOut + o.transferredOut,
					this.struckOff + o.struckOff, this.expelled + o.expelled, this.youthMatured + o.youthMatured);
		}

	}

	/** The figures by unit with their total. */
	public record Report(Long unitId, String unitName, LocalDate from, LocalDate to, List<Row> rows, Row total) {

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
		String[] patterns;
		String unitName = null;
		if (unitId != null) {
			Map<String, Object> params = new HashMap<>(scope.params());
			params.put("id", unitId);
			Object[] unit = this.jdbc
				.sql("select u.path, u.name from unit_ref u where u.id = :id and " + UnitScope.condition("u"))
				.params(params)
				.query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2) })
				.optional()
				.orElseThrow(() -> NotFoundException.of("unit", unitId));
			patterns = new String[] { unit[0] + "%" };
			unitName = (String) unit[1];
		}
		else if (scope.all()) {
			patterns = new String[] { "%" };
		}
		else {
			patterns = scope.patterns();
		}
		List<Row> rows = this.jdbc.sql(SQL)
			.param("patterns", patterns)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
					rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10)))
			.list();
		Row total = new Row(0, "", "", 0, 0, 0, 0, 0, 0, 0);
		for (Row r : rows) {
			total = total.plus(r);
		}
		return new Report(unitId, unitName, from, to, rows, total);
	}

}
