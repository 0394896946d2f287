package vn.dangvu.membership.transfer;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangvu.membership.log.PartyStatus;
import vn.dangvu.organisation.UnitScope;
import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.time.VietnamTime;

/**
 * Scope before rules for transfers (decision 0162): whether a cell is in the caller's
 * scope, and the refusals of a person or cell outside it.
 */
@Component
@RequiredArgsConstructor
class TransferScope {

	private final JdbcClient jdbc;

	private final UnitScopes scopes;

	private final PartyStatus membership;

	private final Clock clock;

	boolean cellInScope(Caller caller, long cellId) {
		Map<String, Object> params = new HashMap<>(this.scopes.of(caller).params());
		params.put("id", cellId);
		return this.jdbc.sql("select count(*) from unit_ref u where u.id = :id and " + UnitScope.condition("u"))
			.params(params)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Scope before rules: a person whose cell of membership today (from the event log) is
	 * outside the caller's scope and none of whose units (work, Party, union, youth) lies
	 * in it is not found, member or not, so the answer tells nothing about their
	 * membership.
	 */
	void requirePersonInScope(Caller caller, long personId) {
		Long cell = this.membership.statusOn(personId, VietnamTime.today(this.clock)).cellId();
		if (cell != null && cellInScope(caller, cell)) {
			return;
		}
		Map<String, Object> params = new HashMap<>(this.scopes.of(caller).params());
		params.put("id", personId);
		boolean inScope = this.jdbc.sql("""
				select count(*) from person_ref p join unit_ref u
				  on u.id in (p.work_unit_id, p.party_unit_id, p.union_unit_id, p.youth_unit_id)
				where p.id = :id and """ + UnitScope.condition("u")).params(params).query(Long.class).single() > 0;
		if (!inScope) {
			throw new NotFoundException("error.notFound.member");
		}
	}

	void requireCellInScope(Caller caller, long cellId, String field) {
		if (!cellInScope(caller, cellId)) {
			throw "cellId".equals(field) ? RuleViolationException.onField(field, "membership.admission.cell.unknown")
					: new NotFoundException("error.notFound.member");
		}
	}

	static void require(Object value, String field) {
		if (value == null) {
			throw RuleViolationException.onField(field, "membership.field.required");
		}
	}

}
