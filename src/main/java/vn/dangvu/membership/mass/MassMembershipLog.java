package vn.dangvu.membership.mass;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangvu.membership.log.EventLog;
import vn.dangvu.organisation.UnitScope;
import vn.dangvu.people.MembershipKind;
import vn.dangvu.people.PeopleApi;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;

/**
 * Youth Union and trade-union membership changes: one append-only row in
 * {@code membership_event} per change, and the person's unit kept in step through
 * {@link PeopleApi#changeMembershipUnit} (decision 0112). A current unit without a JOINED
 * event is a baseline from before the log. Persons and units are read through the
 * published views {@code person_ref} and {@code unit_ref} (decision 0201).
 */
@Component
@RequiredArgsConstructor
class MassMembershipLog {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final PeopleApi people;

	private final ApplicationEventPublisher events;

	private final EventLog subjects;

	/**
	 * A person found by CCCD among the people the caller may manage, else the field error
	 * of an unknown CCCD, so an answer never tells whether a person outside the scope
	 * exists. Manageable: one of the person's units (work, Party, union, youth) lies in
	 * the scope, or they work under the Party organisation that leads a union or youth
	 * unit of the scope (the staff that union or youth union serves).
	 */
	PersonRef byCccd(String cccd, UnitScope scope) {
		String value = (cccd == null) ? "" : cccd.replaceAll("\\s", "");
		if (!value.matches("\\d{12}")) {
			throw RuleViolationException.onField("cccd", "mass.cccd.invalid");
		}
		// locked as the subject of the write (decision 0156) with membership's own lock,
		// never
		// a row of people's table; read again after the lock, so a twin request waits,
		// then
		// sees the unit
		PersonRef found = findByCccd(value, scope);
		this.subjects.lockSubject(found.id());
		return findByCccd(value, scope);
	}

	private PersonRef findByCccd(String value, UnitScope scope) {
		return this.jdbc
			.sql("""
					select p.id, p.full_name, p.birth_date, p.youth_unit_id, p.union_unit_id from person_ref p
					where p.cccd = :c and (:scopeAll
					  or exists (select 1 from unit_ref u
					             where u.id in (p.work_unit_id, p.party_unit_id, p.union_unit_id, p.youth_unit_id)
					               and %s)
					  or exists (select 1 from unit_ref w, unit_ref s join unit_ref l on l.id = s.led_by_id
					             where w.id in (p.work_unit_id, p.party_unit_id) and %s
					               and s.closed_on is null and w.path like l.path || '%%'))"""
				.formatted(UnitScope.condition("u"), UnitScope.condition("s")))
			.param("c", value)
			.params(scope.params())
			.query(MassMembershipLog::person)
			.optional()
			.orElseThrow(() -> RuleViolationException.onField("cccd", "mass.cccd.unknown", value));
	}

	/**
	 * A person whose unit of this kind lies in the scope, else 404; read again after
	 * taking the person's lock for the write that follows (decision 0156), so a twin
	 * request sees what the first one wrote.
	 */
	PersonRef member(MembershipKind kind, long personId, UnitScope scope) {
		visibleMember(kind, personId, scope);
		this.subjects.lockSubject(personId);
		return visibleMember(kind, personId, scope);
	}

	private PersonRef visibleMember(MembershipKind kind, long personId, UnitScope scope) {
		String column = (kind == MembershipKind.YOUTH) ? "youth_unit_id" : "union_unit_id";
		return this.jdbc.sql("""
				select p.id, p.full_name, p.birth_date, p.youth_unit_id, p.union_unit_id
				from person_ref p join unit_ref u on u.id = p.%s
				where p.id = :id and %s""".formatted(column, UnitScope.condition("u")))
			.param("id", personId)
			.params(scope.params())
			.query(MassMembershipLog::person)
			.optional()
			.orElseThrow(() -> NotFoundException.of("person", personId));
	}

	/** An open unit of the organisation; {@code scope} null = anywhere. */
	Optional<MassUnit> unit(MassOrganisation org, long unitId, UnitScope scope) {
		return this.jdbc
			.sql("""
					select u.id, u.name from unit_ref u
					where u.id = :id and u.kind = any(:kinds) and u.closed_on is null and %s"""
				.formatted(UnitScope.condition("u")))
			.param("id", unitId)
			.param("kinds", org.unitKinds().toArray(String[]::new))
			.params(((scope != null) ? scope : UnitScope.everything()).params())
			.query((rs, n) -> new MassUnit(rs.getLong(1), rs.getString(2)))
			.optional();
	}

	/** Open units of the organisation in the scope, in tree order. */
	List<MassUnit> units(MassOrganisation org, UnitScope scope) {
		return this.jdbc.sql("""
				select u.id, u.name from unit_ref u
				where u.kind = any(:kinds) and u.closed_on is null and %s
				order by u.path limit 1000""".formatted(UnitScope.condition("u")))
			.param("kinds", org.unitKinds().toArray(String[]::new))
			.params(scope.params())
			.query((rs, n) -> new MassUnit(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/**
	 * The first unit (tree order) of the organisation in scope that has members, if any.
	 */
	Optional<Long> firstWithMembers(MassOrganisation org, UnitScope scope) {
		return this.jdbc.sql("""
				select u.id from unit_ref u
				where u.kind = any(:kinds) and u.closed_on is null and %s
				  and exists (select 1 from person_ref p where p.%s = u.id)
				order by u.path limit 1""".formatted(UnitScope.condition("u"), org.personColumn()))
			.param("kinds", org.unitKinds().toArray(String[]::new))
			.params(scope.params())
			.query(Long.class)
			.optional();
	}

	/**
	 * Appends one event and moves the person's unit (null = left); audited.
	 * @return the event's id
	 */
	long record(Caller caller, MembershipKind kind, long personId, String type, LocalDate on, Long unitId,
			Long otherUnitId, Long newUnitId, String reason, Map<String, ?> details) {
		long id = append(caller, kind, personId, type, on, unitId, otherUnitId, reason, details);
		this.people.changeMembershipUnit(personId, kind, newUnitId, on, kind.name() + "_" + type);
		return id;
	}

	/** Appends one event without moving the person (the other half of a transfer). */
	long append(Caller caller, MembershipKind kind, long personId, String type, LocalDate on, Long unitId,
			Long otherUnitId, String reason, Map<String, ?> details) {
		String json = JSON.writeValueAsString((details == null) ? Map.of() : details);
		long id = this.jdbc.sql("""
				insert into membership_event (person_id, membership, event_type, occurred_on, unit_id, other_unit_id,
				                              reason, details, recorded_by)
				values (:p, :m, :t, :on, :u, :o, :r, cast(:d as jsonb), :by) returning id""")
			.param("p", personId)
			.param("m", kind.name())
			.param("t", type)
			.param("on", on)
			.param("u", unitId)
			.param("o", otherUnitId)
			.param("r", reason)
			.param("d", json)
			.param("by", caller.username())
			.query(Long.class)
			.single();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("personId", personId);
		after.put("membership", kind.name());
		after.put("eventType", type);
		after.put("occurredOn", on.toString());
		if (otherUnitId != null) {
			after.put("otherUnitId", otherUnitId);
		}
		if (reason != null) {
			after.put("reason", reason);
		}
		this.events.publishEvent(RecordChanged.created("MembershipEvent", id, unitId, after));
		return id;
	}

	private static PersonRef person(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new PersonRef(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
				rs.getObject(4, Long.class), rs.getObject(5, Long.class));
	}

	record PersonRef(long id, String fullName, LocalDate birthDate, Long youthUnitId, Long unionUnitId) {
	}

}
