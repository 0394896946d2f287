package vn.dangvu.membership.youth;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.membership.union.MassMembershipLog;
import vn.dangvu.organisation.UnitScope;
import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.people.MembershipKind;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.ConflictException;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;
import vn.dangvu.rules.RulesApi;
import vn.dangvu.platform.time.VietnamTime;

/**
 * Youth Union membership: admission, transfers, maturation (trưởng thành Đoàn) with the
 * stays the rules allow, and maturations per year (decision 0112).
 */
@Service
public class YouthService {

	static final List<String> KINDS = List.of("YOUTH_UNION", "YOUTH_BRANCH");

	static final String MIN_AGE = "youth.min-age-years";

	static final String MAX_AGE = "youth.max-age-years";

	static final String MAX_AGE_BY_WISH = "youth.max-age-by-wish-years";

	private final JdbcClient jdbc;

	private final UnitScopes scopes;

	private final MassMembershipLog log;

	private final RulesApi rules;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	YouthService(JdbcClient jdbc, UnitScopes scopes, MassMembershipLog log, RulesApi rules,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.log = log;
		this.rules = rules;
		this.events = events;
		this.clock = clock;
	}

	public static boolean mayManage(Caller caller) {
		return caller.hasAny(Role.ADMIN, Role.COMMITTEE_OFFICE, Role.YOUTH_OFFICER);
	}

	@Transactional(readOnly = true)
	public List<MassMembershipLog.UnitRef> units(Caller caller) {
		return mayManage(caller) ? this.log.units(KINDS, this.scopes.of(caller)) : List.of();
	}

	/** The first branch in scope with members (for the members list). */
	@Transactional(readOnly = true)
	public java.util.Optional<Long> firstBranchWithMembers(Caller caller) {
		return this.log.firstWithMembers(KINDS, "youth_unit_id", scope(caller));
	}

	/** The age limits in force on a day. */
	@Transactional(readOnly = true)
	public Limits limits(LocalDate on) {
		var max = this.rules.valueOn(MAX_AGE, on);
		var wish = this.rules.valueOn(MAX_AGE_BY_WISH, on);
		return new Limits(this.rules.valueOn(MIN_AGE, on).asInt(), max.asInt(), wish.asInt(), max.source());
	}

	/**
	 * Members in the caller's youth subtree past the age limit on a day, oldest first,
	 * with any recorded stay.
	 */
	@Transactional(readOnly = true)
	public Page<Candidate> pastLimit(Caller caller, LocalDate on, int page, int size) {
		UnitScope scope = scope(caller);
		Limits limits = limits(on);
		LocalDate bornBy = on.minusYears(limits.maxAge() + 1L);
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("bornBy", bornBy);
		params.put("all", scope.all());
		params.put("patterns", scope.patterns());
		String where = """
				where p.birth_date <= :bornBy and (:all or u.path like any(:patterns))""";
		String join = "from person p join org_unit u on u.id = p.youth_unit_id ";
		long total = this.jdbc.sql("select count(*) " + join + where).params(params).query(Long.class).single();
		params.put("size", size);
		params.put("offset", (long) page * size);
		List<Candidate> rows = this.jdbc
			.sql("select p.id, p.full_name, p.birth_date, u.id, u.name, s.kind, s.reason " + join + """
					left join lateral (select y.kind, y.reason from youth_stay y where y.person_id = p.id
					                   order by y.recorded_at desc, y.id desc limit 1) s on true
					""" + where + " order by p.birth_date, p.sort_key, p.id limit :size offset :offset")
			.params(params)
			.query((rs, n) -> {
				LocalDate birth = rs.getObject(3, LocalDate.class);
				String kind = rs.getString(6);
				return new Candidate(rs.getLong(1), rs.getString(2), birth, YouthAge.age(birth, on), rs.getLong(4),
						rs.getString(5), ("NONE".equals(kind)) ? null : kind,
						("NONE".equals(kind)) ? null : rs.getString(7),
						YouthAge.standing(birth, on, limits.maxAge(), limits.maxAgeByWish(), kind));
			})
			.list();
		return new PageImpl<>(rows, PageRequest.of(page, size), total);
	}

	/** Matures one member on a day (must be past the limit that day). */
	@Transactional
	public String mature(Caller caller, long personId, LocalDate on, String note) {
		UnitScope scope = scope(caller);
		MassMembershipLog.PersonRef p = this.log.member(MembershipKind.YOUTH, personId, scope);
		checkDate(on);
		Limits limits = limits(on);
		if (!YouthAge.pastLimit(p.birthDate(), on, limits.maxAge())) {
			throw new RuleViolationException("youth.mature.notYet", p.fullName(), limits.maxAge(), limits.source());
		}
		this.log.record(caller, MembershipKind.YOUTH, personId, "MATURED", on, p.youthUnitId(), null, null, note,
				Map.of("age", YouthAge.age(p.birthDate(), on)));
		return p.fullName();
	}

	/** Records (or withdraws, kind NONE) a stay past the age limit. */
	@Transactional
	public void recordStay(Caller caller, long personId, String kind, String reason, LocalDate on) {
		MassMembershipLog.PersonRef p = this.log.member(MembershipKind.YOUTH, personId, scope(caller));
		if (kind == null || !List.of("WISH", "LEADERSHIP", "NONE").contains(kind)) {
			throw RuleViolationException.onField("kind", "youth.stay.kind.invalid");
		}
		if (reason == null || reason.isBlank()) {
			throw RuleViolationException.onField("reason", "mass.reason.required");
		}
		if (reason.length() > 500) {
			throw RuleViolationException.onField("reason", "mass.text.tooLong", 500);
		}
		checkDate(on);
		Limits limits = limits(on);
		if ("WISH".equals(kind) && YouthAge.age(p.birthDate(), on) > limits.maxAgeByWish()) {
			throw RuleViolationException.onField("kind", "youth.stay.wishTooOld", p.fullName(), limits.maxAgeByWish());
		}
		long id = this.jdbc.sql("""
				insert into youth_stay (person_id, kind, reason, valid_from, recorded_by)
				values (:p, :k, :r, :d, :by) returning id""")
			.param("p", personId)
			.param("k", kind)
			.param("r", reason.trim())
			.param("d", on)
			.param("by", caller.username())
			.query(Long.class)
			.single();
		this.events.publishEvent(RecordChanged.created("YouthStay", id, p.youthUnitId(),
				Map.of("personId", personId, "kind", kind, "reason", reason.trim(), "validFrom", on.toString())));
	}

	/**
	 * A person (by CCCD) joins a youth branch in scope, aged within the limits that day.
	 */
	@Transactional
	public MassMembershipLog.PersonRef join(Caller caller, String cccd, long unitId, LocalDate on, String note) {
		MassMembershipLog.UnitRef unit = unit(caller, unitId);
		MassMembershipLog.PersonRef p = this.log.byCccd(cccd, scope(caller));
		checkDate(on);
		if (p.youthUnitId() != null) {
			throw new ConflictException("cccd", "youth.join.already", p.fullName());
		}
		Limits limits = limits(on);
		if (!YouthAge.mayJoin(p.birthDate(), on, limits.minAge(), limits.maxAge())) {
			throw RuleViolationException.onField("cccd", "youth.join.age", p.fullName(),
					YouthAge.age(p.birthDate(), on), limits.minAge(), limits.maxAge(), limits.source());
		}
		this.log.record(caller, MembershipKind.YOUTH, p.id(), "JOINED", on, unit.id(), null, unit.id(), note, Map.of());
		return p;
	}

	/** A member moves to another youth branch (anywhere in the Youth Union tree). */
	@Transactional
	public void transfer(Caller caller, long personId, long toUnitId, LocalDate on, String note) {
		MassMembershipLog.PersonRef p = this.log.member(MembershipKind.YOUTH, personId, scope(caller));
		MassMembershipLog.UnitRef to = this.log.unit(toUnitId, KINDS, null)
			.orElseThrow(() -> RuleViolationException.onField("toUnitId", "mass.unit.unknown"));
		checkDate(on);
		if (to.id() == p.youthUnitId()) {
			throw RuleViolationException.onField("toUnitId", "mass.transfer.sameUnit");
		}
		this.log.append(caller, MembershipKind.YOUTH, personId, "TRANSFER_OUT", on, p.youthUnitId(), to.id(), note,
				Map.of());
		this.log.record(caller, MembershipKind.YOUTH, personId, "TRANSFER_IN", on, to.id(), p.youthUnitId(), to.id(),
				note, Map.of());
	}

	/**
	 * A member leaves the Youth Union for a reason other than age (moves away, asks to
	 * leave): a LEFT event at the member's branch; the person no longer has a branch.
	 * @return the member's name
	 */
	@Transactional
	public String leave(Caller caller, long personId, LocalDate on, String reason) {
		MassMembershipLog.PersonRef p = this.log.member(MembershipKind.YOUTH, personId, scope(caller));
		checkDate(on);
		if (reason == null || reason.isBlank()) {
			throw RuleViolationException.onField("reason", "mass.reason.required");
		}
		if (reason.length() > 500) {
			throw RuleViolationException.onField("reason", "mass.text.tooLong", 500);
		}
		this.log.record(caller, MembershipKind.YOUTH, personId, "LEFT", on, p.youthUnitId(), null, null, reason.trim(),
				Map.of());
		return p.fullName();
	}

	/** Members of one branch, by name. */
	@Transactional(readOnly = true)
	public Page<Member> members(Caller caller, long unitId, int page, int size) {
		unit(caller, unitId);
		long total = this.jdbc.sql("select count(*) from person where youth_unit_id = :u")
			.param("u", unitId)
			.query(Long.class)
			.single();
		List<Member> rows = this.jdbc.sql("""
				select p.id, p.full_name, p.birth_date from person p where p.youth_unit_id = :u
				order by p.sort_key, p.id limit :size offset :offset""")
			.param("u", unitId)
			.param("size", size)
			.param("offset", (long) page * size)
			.query((rs, n) -> new Member(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
			.list();
		return new PageImpl<>(rows, PageRequest.of(page, size), total);
	}

	/** Maturations per year in the caller's subtree (by the unit the member left). */
	@Transactional(readOnly = true)
	public List<YearCount> maturationsPerYear(Caller caller) {
		UnitScope scope = scope(caller);
		return this.jdbc.sql("""
				select extract(year from e.occurred_on)::int, count(*) from membership_event e
				join org_unit u on u.id = e.unit_id
				where e.membership = 'YOUTH' and e.event_type = 'MATURED' and (:all or u.path like any(:patterns))
				group by 1 order by 1""")
			.param("all", scope.all())
			.param("patterns", scope.patterns())
			.query((rs, n) -> new YearCount(rs.getInt(1), rs.getLong(2)))
			.list();
	}

	@Transactional(readOnly = true)
	public MassMembershipLog.UnitRef unit(Caller caller, long unitId) {
		return this.log.unit(unitId, KINDS, scope(caller)).orElseThrow(() -> NotFoundException.of("unit", unitId));
	}

	private UnitScope scope(Caller caller) {
		return mayManage(caller) ? this.scopes.of(caller) : UnitScope.nothing();
	}

	private void checkDate(LocalDate on) {
		if (on == null) {
			throw RuleViolationException.onField("date", "mass.date.required");
		}
		if (on.isAfter(VietnamTime.today(this.clock)) || on.getYear() < 1950) {
			throw RuleViolationException.onField("date", "mass.date.invalid");
		}
	}

	public record Limits(int minAge, int maxAge, int maxAgeByWish, String source) {
	}

	public record Candidate(long personId, String fullName, LocalDate birthDate, int age, long unitId, String unitName,
			String stayKind, String stayReason, YouthAge.Standing standing) {
	}

	public record Member(long id, String fullName, LocalDate birthDate) {
	}

	public record YearCount(int year, long count) {
	}

}
