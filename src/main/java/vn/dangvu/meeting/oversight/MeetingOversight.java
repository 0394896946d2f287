package vn.dangvu.meeting.oversight;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.identity.IdentityApi;
import vn.dangvu.meeting.MeetingCompliance;
import vn.dangvu.meeting.MeetingCompliance.CellDue;
import vn.dangvu.meeting.MeetingGrade;
import vn.dangvu.meeting.access.MeetingAccess;
import vn.dangvu.meeting.access.MeetingInput;
import vn.dangvu.organisation.UnitFamily;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitScope;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.NotPermittedException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.platform.web.Choice;

/**
 * The committee's oversight of its cells' meetings (decision 0227): for the subtree of a
 * unit the caller's scope covers, which cells met in a month, which owe the quarter's
 * thematic meeting, attendance over twelve months, the year's grades and the members who
 * keep missing meetings. Seen by administrators and committee offices only. Each section
 * is one set-based statement ({@link ComplianceSql}), whatever the number of cells; the
 * month's sections are read together, the absences of the year apart (the heaviest, the
 * page loads them after the month).
 */
@Service
@RequiredArgsConstructor
public class MeetingOversight {

	/** Absent from this many of the cell's held meetings in a row or more is repeated. */
	static final int RUN_AT_LEAST = 3;

	/** Months of attendance shown up to the month looked at. */
	static final int SERIES_MONTHS = 12;

	/** Committees offered to choose from; a larger scope types the unit's id. */
	static final int MAX_CHOICES = 500;

	private static final String PARTY_KINDS = "('BLOC_COMMITTEE', 'GRASSROOTS_COMMITTEE', 'SUB_COMMITTEE', 'CELL')";

	private final JdbcClient jdbc;

	private final MeetingAccess access;

	private final IdentityApi identity;

	private final Clock clock;

	/** The unit looked at, with the path its subtree is read by. */
	record Subject(long id, String name, String path, String kind) {

		MeetingCompliance.Unit unit() {
			return new MeetingCompliance.Unit(this.id, this.name, this.kind);
		}

	}

	/**
	 * Only an administrator or a committee office oversees; anyone else is refused (403).
	 */
	public void requireOverseer(Caller caller) {
		if (!caller.hasAny(Role.ADMIN, Role.COMMITTEE_OFFICE)) {
			throw new NotPermittedException("meeting.oversight.notAllowed");
		}
	}

	/**
	 * The month typed (a page's MM/yyyy or the API's yyyy-MM) checked against the years
	 * meetings may be in.
	 */
	public YearMonth month(YearMonth month) {
		LocalDate today = VietnamTime.today(this.clock);
		YearMonth m = (month != null) ? month : YearMonth.from(today);
		MeetingInput.year("month", m.getYear(), today);
		return m;
	}

	/**
	 * The unit to look at: the one asked for when the caller's scope covers it (else 404)
	 * and it is a Party unit (else 422 on {@code unit}); without one, the caller's own
	 * scope unit nearest the root (an administrator: the first Party root); empty when
	 * there is none.
	 */
	@Transactional(readOnly = true)
	Optional<Subject> subject(Long unitId, Caller caller) {
		requireOverseer(caller);
		if (unitId == null) {
			return this.jdbc.sql("""
					select id, name, path, kind from unit_ref u
					where u.kind in %s and (u.id = any(:own) or (:all and u.parent_id is null))
					  and (u.closed_on is null or u.closed_on > :today)
					order by u.depth, u.path limit 1""".formatted(PARTY_KINDS))
				.param("own", caller.scopeUnitIds().toArray(Long[]::new))
				.param("all", caller.isAdmin())
				.param("today", VietnamTime.today(this.clock))
				.query(Subject.class)
				.optional();
		}
		Subject subject = this.jdbc.sql("select id, name, path, kind from unit_ref where id = :id")
			.param("id", unitId)
			.query(Subject.class)
			.optional()
			.filter((s) -> this.access.scope(caller).covers(s.path()))
			.orElseThrow(() -> NotFoundException.of("unit", unitId));
		if (UnitKind.valueOf(subject.kind()).family() != UnitFamily.PARTY) {
			throw RuleViolationException.onField("unit", "meeting.oversight.unit.notParty", subject.name());
		}
		return Optional.of(subject);
	}

	/** The committees of the caller's scope to choose from, in tree order. */
	@Transactional(readOnly = true)
	List<Choice> choices(Caller caller) {
		UnitScope scope = this.access.scope(caller);
		return this.jdbc.sql("""
				select u.id, u.name from unit_ref u
				where u.kind in ('BLOC_COMMITTEE', 'GRASSROOTS_COMMITTEE', 'SUB_COMMITTEE') and %s
				  and (u.closed_on is null or u.closed_on > :today)
				order by u.path limit %d""".formatted(UnitScope.condition("u"), MAX_CHOICES))
			.params(scope.params())
			.param("today", VietnamTime.today(this.clock))
			.query((rs, n) -> Choice.of(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/**
	 * The month's compliance of the unit's subtree; the unit by default as
	 * {@link #subject}, a 422 on {@code unit} when the caller has none.
	 */
	@Transactional(readOnly = true)
	public MeetingCompliance compliance(Long unitId, YearMonth month, Caller caller) {
		YearMonth m = month(month);
		Subject subject = subject(unitId, caller)
			.orElseThrow(() -> RuleViolationException.onField("unit", "meeting.field.required"));
		Map<String, Object> params = params(subject, m);
		params.put("seriesFrom", m.atDay(1));
		List<Oversight.MonthAttendance> attendance = series(m, 1, params);
		return compliance(subject, m, params, attendance.get(0));
	}

	/** The dashboard of the month for the unit's subtree. */
	@Transactional(readOnly = true)
	Oversight dashboard(Subject subject, YearMonth month) {
		Map<String, Object> params = params(subject, month);
		List<Oversight.MonthAttendance> series = series(month, SERIES_MONTHS, params);
		return new Oversight(compliance(subject, month, params, series.get(series.size() - 1)), series);
	}

	/**
	 * The members of the subtree's cells who missed {@link #RUN_AT_LEAST} or more held
	 * meetings in a row, or any without a reason, from the start of the month's year to
	 * its end; the longest runs first.
	 */
	@Transactional(readOnly = true)
	List<Oversight.Absentee> absentees(Subject subject, YearMonth month) {
		return this.jdbc.sql(ComplianceSql.REPEATED_ABSENCES)
			.params(params(subject, month))
			.query((rs, n) -> new Oversight.Absentee(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
					rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getLong(8), rs.getObject(9, LocalDate.class)))
			.list();
	}

	private MeetingCompliance compliance(Subject subject, YearMonth month, Map<String, Object> params,
			Oversight.MonthAttendance attendance) {
		LocalDate today = VietnamTime.today(this.clock);
		record Row(long id, String name, LocalDate establishedOn, LocalDate closedOn, boolean met, boolean thematic,
				Long regularId, LocalDate regularOn, Long thematicId, LocalDate thematicOn) {
		}
		List<Row> cells = this.jdbc.sql(ComplianceSql.CELLS_OF_MONTH)
			.params(params)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getObject(4, LocalDate.class), rs.getBoolean(5), rs.getBoolean(6), (Long) rs.getObject(7),
					rs.getObject(8, LocalDate.class), (Long) rs.getObject(9), rs.getObject(10, LocalDate.class)))
			.list();
		Set<Long> owing = new HashSet<>();
		cells.stream().filter((c) -> !c.met() || !c.thematic()).forEach((c) -> owing.add(c.id()));
		Map<Long, List<String>> secretaries = this.identity.holders(Role.CELL_SECRETARY, owing);
		List<CellDue> notMet = new ArrayList<>();
		List<CellDue> thematicMissing = new ArrayList<>();
		for (Row c : cells) {
			List<String> names = secretaries.getOrDefault(c.id(), List.of());
			if (!c.met()) {
				notMet.add(new CellDue(c.id(), c.name(), names, c.regularId(), c.regularOn(), c.establishedOn(),
						c.closedOn()));
			}
			if (!c.thematic()) {
				thematicMissing.add(new CellDue(c.id(), c.name(), names, c.thematicId(), c.thematicOn(),
						c.establishedOn(), c.closedOn()));
			}
		}
		LocalDate quarterFrom = (LocalDate) params.get("quarterFrom");
		LocalDate quarterTo = (LocalDate) params.get("quarterTo");
		MeetingCompliance.Quarter quarter = new MeetingCompliance.Quarter(quarterFrom.getYear(),
				(quarterFrom.getMonthValue() + 2) / 3, quarterFrom, quarterTo, today.isAfter(quarterTo));
		return new MeetingCompliance(month, subject.unit(), cells.size(), cells.size() - notMet.size(), notMet, quarter,
				thematicMissing, MeetingCompliance.Attendance.of(attendance.expected(), attendance.present()),
				grades(params));
	}

	private MeetingCompliance.Grades grades(Map<String, Object> params) {
		Map<MeetingGrade, Long> counts = new EnumMap<>(MeetingGrade.class);
		long[] ungraded = { 0 };
		this.jdbc.sql(ComplianceSql.GRADES).params(params).query((rs, n) -> {
			String grade = rs.getString(1);
			if (grade == null) {
				ungraded[0] = rs.getLong(2);
			}
			else {
				counts.put(MeetingGrade.valueOf(grade), rs.getLong(2));
			}
			return grade;
		}).list();
		return new MeetingCompliance.Grades((LocalDate) params.get("yearFrom"), (LocalDate) params.get("monthTo"),
				counts.getOrDefault(MeetingGrade.GOOD, 0L), counts.getOrDefault(MeetingGrade.FAIR, 0L),
				counts.getOrDefault(MeetingGrade.AVERAGE, 0L), counts.getOrDefault(MeetingGrade.POOR, 0L), ungraded[0]);
	}

	/** Attendance of the {@code months} months up to {@code month}, from :seriesFrom. */
	private List<Oversight.MonthAttendance> series(YearMonth month, int months, Map<String, Object> params) {
		Map<YearMonth, long[]> byMonth = new HashMap<>();
		this.jdbc.sql(ComplianceSql.ATTENDANCE_BY_MONTH)
			.params(params)
			.query((rs, n) -> byMonth.put(YearMonth.from(rs.getObject(1, LocalDate.class)),
					new long[] { rs.getLong(2), rs.getLong(3) }))
			.list();
		List<Oversight.MonthAttendance> series = new ArrayList<>();
		for (int i = months - 1; i >= 0; i--) {
			YearMonth m = month.minusMonths(i);
			long[] counts = byMonth.getOrDefault(m, new long[2]);
			BigDecimal rate = MeetingCompliance.Attendance.of(counts[0], counts[1]).rate();
			series.add(new Oversight.MonthAttendance(m, counts[0], counts[1], rate));
		}
		return series;
	}

	/** The parameters of {@link ComplianceSql} for a unit's subtree and a month. */
	static Map<String, Object> params(Subject subject, YearMonth month) {
		LocalDate quarterFrom = LocalDate.of(month.getYear(), ((month.getMonthValue() - 1) / 3) * 3 + 1, 1);
		Map<String, Object> p = new HashMap<>();
		p.put("under", subject.path() + "%");
		p.put("monthFrom", month.atDay(1));
		p.put("monthTo", month.atEndOfMonth());
		p.put("quarterFrom", quarterFrom);
		p.put("quarterTo", quarterFrom.plusMonths(3).minusDays(1));
		p.put("seriesFrom", month.minusMonths(SERIES_MONTHS - 1).atDay(1));
		p.put("yearFrom", LocalDate.of(month.getYear(), 1, 1));
		p.put("runAtLeast", RUN_AT_LEAST);
		return p;
	}

}
