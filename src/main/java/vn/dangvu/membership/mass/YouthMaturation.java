package vn.dangvu.membership.mass;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.organisation.UnitScope;
import vn.dangvu.people.MembershipKind;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.table.TableColumn;
import vn.dangvu.platform.table.TablePage;
import vn.dangvu.platform.table.TableRequest;
import vn.dangvu.platform.table.TableSpec;

/**
 * What only the Youth Union has: maturation (trưởng thành Đoàn) of members past the age
 * limit, the stays the rules allow, and maturations per year (decision 0112).
 */
@Service
@RequiredArgsConstructor
class YouthMaturation {

	private static final MassOrganisation YOUTH = MassOrganisation.YOUTH;

	/**
	 * The list of members past the age limit: headers, ORDER BY whitelist, export
	 * (decision 0186).
	 */
	static final TableSpec<YouthCandidate> PAST_LIMIT = TableSpec.of("qua-tuoi-doan", "youth.due.title", "birthDate",
			true, TableColumn.of("name", "dues.col.name", YouthCandidate::fullName).sql("p.sort_key"),
			TableColumn.of("birthDate", "mass.col.birthDate", YouthCandidate::birthDate).sql("p.birth_date"),
			TableColumn.of("age", "youth.col.age", YouthCandidate::age).sql("(date '2000-01-01' - p.birth_date)"),
			TableColumn.of("branch", "youth.col.branch", YouthCandidate::unitName).sql("u.name"),
			TableColumn.<YouthCandidate>fixed("status", "dues.col.status",
					(c) -> new TableColumn.Text("youth.standing." + c.standing().name())));

	private final JdbcClient jdbc;

	private final MassMembership mass;

	private final MassMembershipLog log;

	private final YouthRules rules;

	private final ApplicationEventPublisher events;

	/**
	 * Members in the caller's youth subtree past the age limit on a day, oldest first,
	 * with any recorded stay.
	 */
	@Transactional(readOnly = true)
	public Page<YouthCandidate> pastLimit(Caller caller, LocalDate on, int page, int size) {
		TablePage<YouthCandidate> rows = pastLimit(caller, on, new TableRequest(page, size, "birthDate", true), false);
		return new PageImpl<>(rows.getContent(), PageRequest.of(page, size), rows.getTotalElements());
	}

	/**
	 * The same, ordered and paged by a table request ({@link #PAST_LIMIT}); {@code all}
	 * reads every row (the export) in that order.
	 */
	@Transactional(readOnly = true)
	public TablePage<YouthCandidate> pastLimit(Caller caller, LocalDate on, TableRequest table, boolean all) {
		UnitScope scope = this.mass.scope(YOUTH, caller);
		YouthLimits limits = this.rules.limits(on);
		Map<String, Object> params = new LinkedHashMap<>(scope.params());
		params.put("bornBy", on.minusYears(limits.maxAge() + 1L));
		String where = "where p.birth_date <= :bornBy and " + UnitScope.condition("u");
		String join = "from person_ref p join unit_ref u on u.id = p.youth_unit_id ";
		long total = this.jdbc.sql("select count(*) " + join + where).params(params).query(Long.class).single();
		TableRequest request = all ? table.unpaged() : PAST_LIMIT.clamp(table, total);
		params.put("size", request.size());
		params.put("offset", request.offset());
		List<YouthCandidate> rows = this.jdbc
			.sql("select p.id, p.full_name, p.birth_date, u.id, u.name, s.kind, s.reason " + join + """
					left join lateral (select y.kind, y.reason from youth_stay y where y.person_id = p.id
					                   order by y.recorded_at desc, y.id desc limit 1) s on true
					""" + where + PAST_LIMIT.orderBy(request, "p.sort_key, p.id") + " limit :size offset :offset")
			.params(params)
			.query((rs, n) -> {
				LocalDate birth = rs.getObject(3, LocalDate.class);
				String kind = rs.getString(6);
				return new YouthCandidate(rs.getLong(1), rs.getString(2), birth, YouthAge.age(birth, on), rs.getLong(4),
						rs.getString(5), ("NONE".equals(kind)) ? null : kind,
						("NONE".equals(kind)) ? null : rs.getString(7),
						YouthAge.standing(birth, on, limits.maxAge(), limits.maxAgeByWish(), kind));
			})
			.list();
		return PAST_LIMIT.page(rows, total, request);
	}

	/** Matures one member on a day (must be past the limit that day). */
	@Transactional
	public String mature(Caller caller, long personId, LocalDate on, String note) {
		MassMembershipLog.PersonRef p = this.log.member(MembershipKind.YOUTH, personId, this.mass.scope(YOUTH, caller));
		this.mass.checkDate(on);
		YouthLimits limits = this.rules.limits(on);
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
		MassMembershipLog.PersonRef p = this.log.member(MembershipKind.YOUTH, personId, this.mass.scope(YOUTH, caller));
		if (kind == null || !List.of("WISH", "LEADERSHIP", "NONE").contains(kind)) {
			throw RuleViolationException.onField("kind", "youth.stay.kind.invalid");
		}
		if (reason == null || reason.isBlank()) {
			throw RuleViolationException.onField("reason", "mass.reason.required");
		}
		if (reason.length() > 500) {
			throw RuleViolationException.onField("reason", "mass.text.tooLong", 500);
		}
		this.mass.checkDate(on);
		YouthLimits limits = this.rules.limits(on);
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

	/** Maturations per year in the caller's subtree (by the unit the member left). */
	@Transactional(readOnly = true)
	public List<YearCount> maturationsPerYear(Caller caller) {
		UnitScope scope = this.mass.scope(YOUTH, caller);
		return this.jdbc.sql("""
				select extract(year from e.occurred_on)::int, count(*) from membership_event e
				join unit_ref u on u.id = e.unit_id
				where e.membership = 'YOUTH' and e.event_type = 'MATURED' and %s
				group by 1 order by 1""".formatted(UnitScope.condition("u")))
			.params(scope.params())
			.query((rs, n) -> new YearCount(rs.getInt(1), rs.getLong(2)))
			.list();
	}

}
