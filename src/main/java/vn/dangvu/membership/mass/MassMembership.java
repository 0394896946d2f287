package vn.dangvu.membership.mass;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.organisation.UnitScope;
import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.platform.error.ConflictException;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.table.TablePage;
import vn.dangvu.platform.table.TableRequest;
import vn.dangvu.platform.table.TableSpec;
import vn.dangvu.platform.time.VietnamTime;

/**
 * Joining, transferring and leaving the Youth Union or the trade union, and their units
 * and members, by the officers who keep that organisation's records in their scope (one
 * implementation, decision 0208). A caller who does not keep them sees no unit and no
 * member (404). The Youth Union's age rule on joining is the only rule that differs.
 */
@Service
@RequiredArgsConstructor
class MassMembership {

	private final JdbcClient jdbc;

	private final UnitScopes scopes;

	private final MassMembershipLog log;

	private final YouthRules youthRules;

	private final Clock clock;

	/**
	 * The caller's scope for the organisation: nothing when they do not keep its records.
	 */
	UnitScope scope(MassOrganisation org, Caller caller) {
		return org.mayManage(caller) ? this.scopes.of(caller) : UnitScope.nothing();
	}

	@Transactional(readOnly = true)
	public List<MassUnit> units(MassOrganisation org, Caller caller) {
		return org.mayManage(caller) ? this.log.units(org, this.scopes.of(caller)) : List.of();
	}

	/** The first unit in scope with members (tree order). */
	@Transactional(readOnly = true)
	public Optional<Long> firstWithMembers(MassOrganisation org, Caller caller) {
		return this.log.firstWithMembers(org, scope(org, caller));
	}

	@Transactional(readOnly = true)
	public MassUnit unit(MassOrganisation org, Caller caller, long unitId) {
		return this.log.unit(org, unitId, scope(org, caller)).orElseThrow(() -> NotFoundException.of("unit", unitId));
	}

	/**
	 * A unit's members (directly), a page at a time in the request's order; {@code all}:
	 * every row in that order (the export).
	 */
	@Transactional(readOnly = true)
	public TablePage<MassMember> members(MassOrganisation org, Caller caller, long unitId, TableRequest table,
			boolean all) {
		unit(org, caller, unitId);
		TableSpec<MassMember> spec = org.members();
		long total = this.jdbc.sql("select count(*) from person_ref where %s = :u".formatted(org.personColumn()))
			.param("u", unitId)
			.query(Long.class)
			.single();
		TableRequest request = all ? table.unpaged() : spec.clamp(table, total);
		List<MassMember> rows = this.jdbc
			.sql("""
					select p.id, p.full_name, p.birth_date, p.job_title,
					  (select max(e.occurred_on) from membership_event e
					   where e.person_id = p.id and e.membership = :m and e.event_type in ('JOINED', 'TRANSFER_IN'))
					  as joined_on
					from person_ref p where p.%s = :u""".formatted(org.personColumn()) + org.membersOrderBy(request)
					+ " limit :size offset :offset")
			.param("u", unitId)
			.param("m", org.kind().name())
			.param("size", request.size())
			.param("offset", request.offset())
			.query((rs, n) -> new MassMember(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getString(4), rs.getObject(5, LocalDate.class)))
			.list();
		return spec.page(rows, total, request);
	}

	/**
	 * A person (named by CCCD) joins a unit in scope; for the Youth Union aged within the
	 * limits that day.
	 */
	@Transactional
	public MassMembershipLog.PersonRef join(MassOrganisation org, Caller caller, String cccd, long unitId, LocalDate on,
			String note) {
		MassUnit unit = unit(org, caller, unitId);
		MassMembershipLog.PersonRef p = this.log.byCccd(cccd, scope(org, caller));
		checkDate(on);
		if (org.unitOf(p) != null) {
			throw new ConflictException("cccd", org.key("join.already"), p.fullName());
		}
		if (org == MassOrganisation.YOUTH) {
			this.youthRules.checkJoin(p, on);
		}
		this.log.record(caller, org.kind(), p.id(), "JOINED", on, unit.id(), null, unit.id(), note, Map.of());
		return p;
	}

	/** A member moves to another unit (anywhere in the organisation's tree). */
	@Transactional
	public void transfer(MassOrganisation org, Caller caller, long personId, long toUnitId, LocalDate on, String note) {
		MassMembershipLog.PersonRef p = this.log.member(org.kind(), personId, scope(org, caller));
		MassUnit to = this.log.unit(org, toUnitId, null)
			.orElseThrow(() -> RuleViolationException.onField("toUnitId", "mass.unit.unknown"));
		checkDate(on);
		Long from = org.unitOf(p);
		if (from != null && to.id() == from) {
			throw RuleViolationException.onField("toUnitId", "mass.transfer.sameUnit");
		}
		this.log.append(caller, org.kind(), personId, "TRANSFER_OUT", on, from, to.id(), note, Map.of());
		this.log.record(caller, org.kind(), personId, "TRANSFER_IN", on, to.id(), from, to.id(), note, Map.of());
	}

	/**
	 * A member leaves for a reason other than age (moves away, asks to leave): a LEFT
	 * event at the member's unit; the person no longer has a unit of the organisation.
	 * @return the member's name
	 */
	@Transactional
	public String leave(MassOrganisation org, Caller caller, long personId, LocalDate on, String reason) {
		MassMembershipLog.PersonRef p = this.log.member(org.kind(), personId, scope(org, caller));
		checkDate(on);
		if (reason == null || reason.isBlank()) {
			throw RuleViolationException.onField("reason", "mass.reason.required");
		}
		if (reason.length() > 500) {
			throw RuleViolationException.onField("reason", "mass.text.tooLong", 500);
		}
		this.log.record(caller, org.kind(), personId, "LEFT", on, org.unitOf(p), null, null, reason.trim(), Map.of());
		return p.fullName();
	}

	void checkDate(LocalDate on) {
		if (on == null) {
			throw RuleViolationException.onField("date", "mass.date.required");
		}
		if (on.isAfter(VietnamTime.today(this.clock)) || on.getYear() < 1950) {
			throw RuleViolationException.onField("date", "mass.date.invalid");
		}
	}

}
