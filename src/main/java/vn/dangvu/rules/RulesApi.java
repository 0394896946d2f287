package vn.dangvu.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.platform.request.RequestMemo;
import vn.dangvu.rules.domain.RuleVersions;

/**
 * The rules module's public face: the value of a rule on a date (with the document that
 * set it) and working-day arithmetic over the holiday calendar.
 */
@Service
public class RulesApi {

	private final JdbcClient jdbc;

	private final RuleVersions versions;

	private final Clock clock;

	RulesApi(JdbcClient jdbc, RuleVersions versions, Clock clock) {
		this.jdbc = jdbc;
		this.versions = versions;
		this.clock = clock;
	}

	/** Today in Vietnam: the default date of every "in force on" question. */
	public LocalDate today() {
		return VietnamTime.today(this.clock);
	}

	/**
	 * The version of a rule in force on a date.
	 * @throws vn.dangvu.platform.error.RuleViolationException {@code rule.missing} when
	 * none holds on that date
	 */
	@Transactional(readOnly = true)
	public RuleValue valueOn(String key, LocalDate date) {
		return findOn(key, date).orElseThrow(() -> RuleVersions.missing(key, date));
	}

	@Transactional(readOnly = true)
	public Optional<RuleValue> findOn(String key, LocalDate date) {
		return this.versions.history(key).stream().filter((v) -> v.holdsOn(date)).findFirst();
	}

	/**
	 * Every version of a rule in force at some time, oldest first (corrections applied).
	 */
	@Transactional(readOnly = true)
	public List<RuleValue> history(String key) {
		return this.versions.history(key);
	}

	@Transactional(readOnly = true)
	public Optional<RuleDefinition> definition(String key) {
		return this.versions.definition(key);
	}

	/** All rules whose key starts with a prefix (e.g. {@code party.dues.}), by key. */
	@Transactional(readOnly = true)
	public List<RuleDefinition> definitions(String keyPrefix) {
		return this.versions.definitions(keyPrefix);
	}

	/**
	 * Adds a version (administrators only); earlier versions stay as they were.
	 * @return the version as stored
	 */
	@Transactional
	public RuleValue addVersion(NewRuleVersion version) {
		return this.versions.add(version);
	}

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
		return RequestMemo.get(List.of("rules.calendar", fromYear, toYear), () -> readCalendar(fromYear, toYear));
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

}
