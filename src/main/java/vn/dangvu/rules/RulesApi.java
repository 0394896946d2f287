package vn.dangvu.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;

import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.rules.calendar.CalendarDays;
import vn.dangvu.rules.version.RuleVersions;

/**
 * The rules module's public face: the value of a rule on a date (with the document that
 * set it) and working-day arithmetic over the holiday calendar. It only delegates, to
 * {@code rules.version} and {@code rules.calendar}; code inside the module calls those
 * directly.
 */
@Service
@RequiredArgsConstructor
public class RulesApi {

	private final RuleVersions versions;

	private final CalendarDays calendar;

	private final Clock clock;

	/** Today in Vietnam: the default date of every "in force on" question. */
	public LocalDate today() {
		return VietnamTime.today(this.clock);
	}

	/**
	 * The version of a rule in force on a date.
	 * @throws vn.dangvu.platform.error.RuleViolationException {@code rule.missing} when
	 * none holds on that date
	 */
	public RuleValue valueOn(String key, LocalDate date) {
		return this.versions.valueOn(key, date);
	}

	public Optional<RuleValue> findOn(String key, LocalDate date) {
		return this.versions.findOn(key, date);
	}

	/**
	 * Every version of a rule in force at some time, oldest first (corrections applied).
	 */
	public List<RuleValue> history(String key) {
		return this.versions.history(key);
	}

	public Optional<RuleDefinition> definition(String key) {
		return this.versions.definition(key);
	}

	/** All rules whose key starts with a prefix (e.g. {@code party.dues.}), by key. */
	public List<RuleDefinition> definitions(String keyPrefix) {
		return this.versions.definitions(keyPrefix);
	}

	/**
	 * Adds a version (administrators only); earlier versions stay as they were.
	 * @return the version as stored
	 */
	public RuleValue addVersion(NewRuleVersion version) {
		return this.versions.add(version);
	}

	/** The day {@code n} working days after {@code from} (the day itself not counted). */
	public LocalDate addWorkingDays(LocalDate from, int n) {
		return this.calendar.addWorkingDays(from, n);
	}

	public boolean isWorkingDay(LocalDate day) {
		return this.calendar.isWorkingDay(day);
	}

	/** Working days after {@code from} up to and including {@code to}. */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		return this.calendar.workingDaysBetween(from, to);
	}

	/** The calendar of several years at once, for computing many deadlines in memory. */
	public WorkingDayCalendar calendar(int fromYear, int toYear) {
		return this.calendar.calendar(fromYear, toYear);
	}

}
