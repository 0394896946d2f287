package vn.dangvu.membership.union;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.organisation.UnitScope;
import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.people.MembershipKind;
import vn.dangvu.platform.error.ConflictException;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;
import vn.dangvu.platform.time.VietnamTime;

/** Joining, transferring and leaving the trade union (UNION_OFFICER in scope, ADMIN). */
@Service
public class UnionMembership {

	static final List<String> KINDS = List.of("TRADE_UNION", "UNION_BRANCH");

	private final JdbcClient jdbc;

	private final UnitScopes scopes;

	private final MassMembershipLog log;

	private final Clock clock;

	UnionMembership(JdbcClient jdbc, UnitScopes scopes, MassMembershipLog log, Clock clock) {
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.log = log;
		this.clock = clock;
	}

	public static boolean mayManage(Caller caller) {
		return caller.hasAny(Role.ADMIN, Role.UNION_OFFICER);
	}

	@Transactional(readOnly = true)
	public List<MassMembershipLog.UnitRef> units(Caller caller) {
		return mayManage(caller) ? this.log.units(KINDS, this.scopes.of(caller)) : List.of();
	}

	/** The first union unit in scope with members. */
	@Transactional(readOnly = true)
	public java.util.Optional<Long> firstWithMembers(Caller caller) {
		return mayManage(caller) ? this.log.firstWithMembers(KINDS, "union_unit_id", this.scopes.of(caller))
				: java.util.Optional.empty();
	}

	/** The members of a union unit (directly), by name, a page at a time. */
	@Transactional(readOnly = true)
	public Page<Member> members(Caller caller, long unitId, int page, int size) {
		unit(caller, unitId);
		long total = this.jdbc.sql("select count(*) from person where union_unit_id = :u")
			.param("u", unitId)
			.query(Long.class)
			.single();
		List<Member> rows = this.jdbc.sql("""
				select p.id, p.full_name, p.birth_date, p.job_title,
				  (select max(e.occurred_on) from membership_event e
				   where e.person_id = p.id and e.membership = 'UNION' and e.event_type in ('JOINED', 'TRANSFER_IN'))
				from person p where p.union_unit_id = :u order by p.sort_key, p.id limit :size offset :offset""")
			.param("u", unitId)
			.param("size", size)
			.param("offset", (long) page * size)
			.query((rs, n) -> new Member(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getString(4), rs.getObject(5, LocalDate.class)))
			.list();
		return new PageImpl<>(rows, PageRequest.of(page, size), total);
	}

	@Transactional(readOnly = true)
	public MassMembershipLog.UnitRef unit(Caller caller, long unitId) {
		if (!mayManage(caller)) {
			throw NotFoundException.of("unit", unitId);
		}
		return this.log.unit(unitId, KINDS, this.scopes.of(caller))
			.orElseThrow(() -> NotFoundException.of("unit", unitId));
	}

	/** A person (named by CCCD) joins a union unit in scope. */
	@Transactional
	public MassMembershipLog.PersonRef join(Caller caller, String cccd, long unitId, LocalDate on, String note) {
		MassMembershipLog.UnitRef unit = unit(caller, unitId);
		MassMembershipLog.PersonRef person = this.log.byCccd(cccd, this.scopes.of(caller));
		checkDate(on);
		if (person.unionUnitId() != null) {
			throw new ConflictException("cccd", "union.join.already", person.fullName());
		}
		this.log.record(caller, MembershipKind.UNION, person.id(), "JOINED", on, unit.id(), null, unit.id(), note,
				Map.of());
		return person;
	}

	/** A member moves to another union unit (anywhere in the union tree). */
	@Transactional
	public void transfer(Caller caller, long personId, long toUnitId, LocalDate on, String note) {
		if (!mayManage(caller)) {
			throw NotFoundException.of("person", personId);
		}
		UnitScope scope = this.scopes.of(caller);
		MassMembershipLog.PersonRef person = this.log.member(MembershipKind.UNION, personId, scope);
		MassMembershipLog.UnitRef to = this.log.unit(toUnitId, KINDS, null)
			.orElseThrow(() -> RuleViolationException.onField("toUnitId", "mass.unit.unknown"));
		checkDate(on);
		if (to.id() == person.unionUnitId()) {
			throw RuleViolationException.onField("toUnitId", "mass.transfer.sameUnit");
		}
		this.log.append(caller, MembershipKind.UNION, personId, "TRANSFER_OUT", on, person.unionUnitId(), to.id(), note,
				Map.of());
		this.log.record(caller, MembershipKind.UNION, personId, "TRANSFER_IN", on, to.id(), person.unionUnitId(),
				to.id(), note, Map.of());
	}

	/** A member leaves the trade union. */
	@Transactional
	public void leave(Caller caller, long personId, LocalDate on, String reason) {
		if (!mayManage(caller)) {
			throw NotFoundException.of("person", personId);
		}
		MassMembershipLog.PersonRef person = this.log.member(MembershipKind.UNION, personId, this.scopes.of(caller));
		checkDate(on);
		if (reason == null || reason.isBlank()) {
			throw RuleViolationException.onField("reason", "mass.reason.required");
		}
		Map<String, Object> details = new HashMap<>();
		this.log.record(caller, MembershipKind.UNION, personId, "LEFT", on, person.unionUnitId(), null, null, reason,
				details);
	}

	void checkDate(LocalDate on) {
		if (on == null) {
			throw RuleViolationException.onField("date", "mass.date.required");
		}
		if (on.isAfter(VietnamTime.today(this.clock)) || on.getYear() < 1950) {
			throw RuleViolationException.onField("date", "mass.date.invalid");
		}
	}

	public record Member(long id, String fullName, LocalDate birthDate, String jobTitle, LocalDate joinedOn) {
	}

}
