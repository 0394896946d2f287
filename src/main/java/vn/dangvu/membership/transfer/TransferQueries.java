package vn.dangvu.membership.transfer;

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
import vn.dangvu.platform.security.Caller;
import vn.dangvu.rules.RulesApi;

/**
 * Transfers as the pages, the API and the reminders list them: whose sending or receiving
 * cell is in the caller's scope, with their deadlines.
 */
@Service
@RequiredArgsConstructor
public class TransferQueries {

	private final JdbcClient jdbc;

	private final UnitScopes scopes;

	private final RulesApi rules;

	private final TransferScope scope;

	/** A transfer as listed, with its deadlines. */
	public record TransferRow(long id, long personId, String personName, String kind, Long fromCellId,
			String fromCellName, Long toCellId, String toCellName, String letterNumber, LocalDate letterDate,
			LocalDate movedOn, LocalDate sentOn, LocalDate receivedOn, LocalDate plannedUntil, String state,
			LocalDate sendDeadline, LocalDate presentDeadline, boolean mayReceive, boolean mayBringBack) {

		public boolean underWay() {
			return "SENT".equals(this.state) || ("RECEIVED".equals(this.state) && "TEMPORARY".equals(this.kind));
		}

	}

	@Transactional(readOnly = true)
	public List<TransferRow> list(Caller caller, boolean underWayOnly) {
		return list(caller, null, underWayOnly);
	}

	/**
	 * Transfers whose sending or receiving cell is in the caller's scope (and, when
	 * {@code unitId} is given, in that unit's subtree; a unit out of scope is 404).
	 */
	@Transactional(readOnly = true)
	public List<TransferRow> list(Caller caller, Long unitId, boolean underWayOnly) {
		Map<String, Object> params = new HashMap<>();
		String state = underWayOnly ? " and (m.state = 'SENT' or (m.kind = 'TEMPORARY' and m.state = 'RECEIVED'))" : "";
		if (unitId != null) {
			if (!this.scope.cellInScope(caller, unitId)) {
				throw NotFoundException.of("unit", unitId);
			}
			params.put("unit", unitId);
			state += " and (f.path like (select path from unit_ref where id = :unit) || '%'"
					+ " or t.path like (select path from unit_ref where id = :unit) || '%')";
		}
		return rows(caller, state, params);
	}

	/** One transfer the caller may see (sending or receiving side), else 404. */
	@Transactional(readOnly = true)
	public TransferRow find(Caller caller, long transferId) {
		return rows(caller, " and m.id = :id", Map.of("id", transferId)).stream()
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("transfer", transferId));
	}

	private List<TransferRow> rows(Caller caller, String state, Map<String, Object> extra) {
		UnitScope scope = this.scopes.of(caller);
		Map<String, Object> params = new HashMap<>(scope.params());
		params.putAll(extra);
		String cond = "(" + UnitScope.condition("f") + " or " + UnitScope.condition("t") + ")";
		return this.jdbc
			.sql("""
					select m.id, m.person_id, p.full_name, m.kind, m.from_cell_id, coalesce(f.name, m.other_unit_name),
					  m.to_cell_id, coalesce(t.name, m.other_unit_name), m.letter_number, m.letter_date, m.moved_on,
					  m.sent_on, m.received_on, m.planned_until, m.state,
					  %s, %s
					from membership_transfer m join person_ref p on p.id = m.person_id
					  left join unit_ref f on f.id = m.from_cell_id left join unit_ref t on t.id = m.to_cell_id
					where %s %s order by m.state = 'SENT' desc, m.id desc limit 500"""
				.formatted(UnitScope.condition("t"), UnitScope.condition("f"), cond, state))
			.params(params)
			.query((rs, n) -> {
				LocalDate moved = rs.getObject(11, LocalDate.class);
				LocalDate sent = rs.getObject(12, LocalDate.class);
				String kind = rs.getString(4);
				String st = rs.getString(15);
				boolean permanent = "PERMANENT".equals(kind);
				LocalDate sendDeadline = permanent ? deadline("membership.transfer.start-deadline-working-days", moved)
						: null;
				LocalDate presentDeadline = deadline("membership.transfer.present-deadline-working-days", sent);
				Long to = rs.getObject(7, Long.class);
				return new TransferRow(rs.getLong(1), rs.getLong(2), rs.getString(3), kind, rs.getObject(5, Long.class),
						rs.getString(6), to, rs.getString(8), rs.getString(9), rs.getObject(10, LocalDate.class), moved,
						sent, rs.getObject(13, LocalDate.class), rs.getObject(14, LocalDate.class), st, sendDeadline,
						presentDeadline, "SENT".equals(st) && to != null && rs.getBoolean(16),
						"TEMPORARY".equals(kind) && !"BACK".equals(st) && rs.getBoolean(17));
			})
			.list();
	}

	/**
	 * The deadline counted from a day, or none when no rule was in force that day (a
	 * transfer recorded before the rule): a list never fails on one old record.
	 */
	private LocalDate deadline(String rule, LocalDate from) {
		return from == null ? null
				: this.rules.findOn(rule, from).map((v) -> this.rules.addWorkingDays(from, v.asInt())).orElse(null);
	}

}
