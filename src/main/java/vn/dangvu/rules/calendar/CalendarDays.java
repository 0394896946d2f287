package vn.dangvu.rules.calendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.ConflictException;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.rules.CalendarDay;
import vn.dangvu.rules.CalendarYear;
import vn.dangvu.rules.WorkingDayCalendar;
import vn.dangvu.rules.revision.RulesRevision;

/**
 * The holiday calendar an administrator keeps per year (every change is audited) and the
 * working-day arithmetic over it. Public only for the module's face,
 * {@link vn.dangvu.rules.RulesApi}.
 */
@Service
@RequiredArgsConstructor
public class CalendarDays {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final RulesRevision revision;

	/** The day {@code n} working days after {@code from} (the day itself not counted). */
	@Transactional(readOnly = true)
	public LocalDate addWorkingDays(LocalDate from, int n) {
		int span = 1 + n / 200;
		while (true) {
			try {
				return calendar(from.getYear(), from.getYear() + span).addWorkingDays(from, n);
			}
			catch (IllegalStateException ex) {
				span *= 2;
			}
		}
	}

	@Transactional(readOnly = true)
	public boolean isWorkingDay(LocalDate day) {
		return calendar(day.getYear(), day.getYear()).isWorkingDay(day);
	}

	/** Working days after {@code from} up to and including {@code to}. */
	@Transactional(readOnly = true)
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		return calendar(from.getYear(), Math.max(from.getYear(), to.getYear())).workingDaysBetween(from, to);
	}

	/** The calendar of several years at once, for computing many deadlines in memory. */
	@Transactional(readOnly = true)
	public WorkingDayCalendar calendar(int fromYear, int toYear) {
		return this.revision.get(List.of("rules.calendar", fromYear, toYear), () -> readCalendar(fromYear, toYear));
	}

	private WorkingDayCalendar readCalendar(int fromYear, int toYear) {
		Map<LocalDate, Boolean> exceptions = new HashMap<>();
		this.jdbc.sql("select day, kind from calendar_day where year between :a and :b")
			.param("a", fromYear)
			.param("b", toYear)
			.query((rs, n) -> exceptions.put(rs.getObject(1, LocalDate.class), "WORKDAY".equals(rs.getString(2))))
			.list();
		Set<Integer> entered = new HashSet<>(
				this.jdbc.sql("select year from calendar_year where year between :a and :b")
					.param("a", fromYear)
					.param("b", toYear)
					.query(Integer.class)
					.list());
		return new WorkingDayCalendar(fromYear, toYear, exceptions, entered);
	}

	@Transactional(readOnly = true)
	List<CalendarYear> years() {
		return this.jdbc.sql("select year, confirmed, source, note from calendar_year order by year")
			.query((rs, n) -> new CalendarYear(rs.getInt(1), rs.getBoolean(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	@Transactional(readOnly = true)
	Optional<CalendarYear> year(int year) {
		return years().stream().filter((y) -> y.year() == year).findFirst();
	}

	@Transactional(readOnly = true)
	List<CalendarDay> days(int year) {
		return this.jdbc.sql("select day, kind, name from calendar_day where year = :y order by day")
			.param("y", year)
			.query((rs, n) -> new CalendarDay(rs.getObject(1, LocalDate.class),
					CalendarDay.Kind.valueOf(rs.getString(2)), rs.getString(3)))
			.list();
	}

	/** Enters a year (its notice and whether it is final) or updates that notice. */
	@Transactional
	void saveYear(CalendarYear year) {
		requireAdmin();
		if (year.year() < 2000 || year.year() > 2100) {
			throw RuleViolationException.onField("year", "calendar.year.invalid");
		}
		if (year.source() == null || year.source().isBlank()) {
			throw RuleViolationException.onField("source", "rule.source.required");
		}
		if (year.source().length() > 300 || (year.note() != null && year.note().length() > 500)) {
			throw RuleViolationException.onField("source", "rule.text.tooLong");
		}
		Optional<CalendarYear> before = year(year.year());
		this.jdbc.sql("""
				insert into calendar_year (year, confirmed, source, note) values (:y, :c, :s, :n)
				on conflict (year) do update set confirmed = excluded.confirmed, source = excluded.source,
				  note = excluded.note""")
			.param("y", year.year())
			.param("c", year.confirmed())
			.param("s", year.source().trim())
			.param("n", blankToNull(year.note()))
			.update();
		this.events
			.publishEvent(RecordChanged.updated("CalendarYear", year.year(), before.isPresent() ? "UPDATE" : "CREATE",
					null, before.map(CalendarDays::auditMap).orElse(Map.of()), auditMap(year)));
	}

	/** Adds a holiday or make-up day; the year must have been entered first. */
	@Transactional
	void addDay(CalendarDay day) {
		requireAdmin();
		if (day.day() == null) {
			throw RuleViolationException.onField("day", "calendar.day.required");
		}
		if (day.kind() == null) {
			throw RuleViolationException.onField("kind", "calendar.kind.required");
		}
		if (day.name() == null || day.name().isBlank()) {
			throw RuleViolationException.onField("name", "calendar.name.required");
		}
		if (day.name().length() > 200) {
			throw RuleViolationException.onField("name", "rule.text.tooLong");
		}
		if (year(day.day().getYear()).isEmpty()) {
			throw RuleViolationException.onField("day", "calendar.year.notEntered",
					String.valueOf(day.day().getYear()));
		}
		boolean weekend = day.day().getDayOfWeek().getValue() >= 6;
		if (day.kind() == CalendarDay.Kind.WORKDAY && !weekend) {
			throw RuleViolationException.onField("kind", "calendar.workday.notWeekend");
		}
		int added = this.jdbc
			.sql("insert into calendar_day (day, kind, name) values (:d, :k, :n) on conflict do nothing")
			.param("d", day.day())
			.param("k", day.kind().name())
			.param("n", day.name().trim())
			.update();
		if (added == 0) {
			throw new ConflictException("day", "calendar.day.exists",
					day.day().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		}
		this.events.publishEvent(RecordChanged.created("CalendarDay", day.day(), null, auditMap(day)));
	}

	/** Removes a day entered by mistake. */
	@Transactional
	void removeDay(LocalDate date) {
		requireAdmin();
		CalendarDay day = this.jdbc.sql("select day, kind, name from calendar_day where day = :d")
			.param("d", date)
			.query((rs, n) -> new CalendarDay(rs.getObject(1, LocalDate.class),
					CalendarDay.Kind.valueOf(rs.getString(2)), rs.getString(3)))
			.optional()
			.orElseThrow(() -> NotFoundException.of("calendarDay",
					date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
		this.jdbc.sql("delete from calendar_day where day = :d").param("d", date).update();
		this.events.publishEvent(RecordChanged.updated("CalendarDay", date, "DELETE", null, auditMap(day), Map.of()));
	}

	private static void requireAdmin() {
		Caller caller = CurrentCaller.require();
		if (!caller.isAdmin()) {
			throw new AccessDeniedException("rule.write.denied");
		}
	}

	private static String blankToNull(String s) {
		return (s == null || s.isBlank()) ? null : s.trim();
	}

	private static Map<String, Object> auditMap(CalendarYear y) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("year", y.year());
		m.put("confirmed", y.confirmed());
		m.put("source", y.source());
		m.put("note", y.note());
		return m;
	}

	private static Map<String, Object> auditMap(CalendarDay d) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("day", d.day().toString());
		m.put("kind", d.kind().name());
		m.put("name", d.name());
		return m;
	}

}
