package vn.dangvu.rules.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindException;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.rules.CalendarDay;
import vn.dangvu.rules.NewRuleVersion;
import vn.dangvu.rules.RuleDefinition;
import vn.dangvu.rules.RuleValue;
import vn.dangvu.rules.RulesApi;
import vn.dangvu.rules.WorkingDayCalendar;
import vn.dangvu.rules.domain.CalendarDays;
import vn.dangvu.platform.time.VietnamTime;

/**
 * Rules and the working-day calendar as JSON: read by anyone signed in, changed by
 * administrators.
 */
@RestController
class RulesApiController {

	static final int MAX_WORKING_DAYS = 2000;

	private final RulesApi rules;

	private final CalendarDays calendar;

	private final Clock clock;

	RulesApiController(RulesApi rules, CalendarDays calendar, Clock clock) {
		this.rules = rules;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * A rule with the version in force on the asked date (null when none) and its
	 * history.
	 */
	record RuleView(String key, String type, String topic, String name, String nameEn, String unit, RuleValue inForce,
			List<RuleValue> history) {

		static RuleView of(RuleDefinition d, LocalDate asOf, List<RuleValue> history, boolean withHistory) {
			RuleValue inForce = history.stream().filter((v) -> v.holdsOn(asOf)).findFirst().orElse(null);
			return new RuleView(d.key(), d.type().name(), d.topic(), d.nameVi(), d.nameEn(), d.unitVi(), inForce,
					withHistory ? history : null);
		}

	}

	@GetMapping("/api/v1/rules")
	List<RuleView> list(@RequestParam(defaultValue = "") String prefix,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf)
			throws BindException {
		if (prefix.length() > 100) {
			MapBindingResult errors = new MapBindingResult(new LinkedHashMap<>(), "query");
			errors.rejectValue("prefix", "rule.text.tooLong");
			throw new BindException(errors);
		}
		LocalDate on = asOf != null ? asOf : VietnamTime.today(this.clock);
		return this.rules.definitions(prefix)
			.stream()
			.map((d) -> RuleView.of(d, on, this.rules.history(d.key()), false))
			.toList();
	}

	@GetMapping("/api/v1/rules/{key}")
	RuleView one(@PathVariable String key,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		RuleDefinition d = this.rules.definition(key).orElseThrow(() -> NotFoundException.of("rule", key));
		return RuleView.of(d, asOf != null ? asOf : VietnamTime.today(this.clock), this.rules.history(key), true);
	}

	/** Adds a version of a rule; nothing earlier changes. */
	@PostMapping("/api/v1/rules")
	@ResponseStatus(HttpStatus.CREATED)
	RuleValue add(@RequestBody NewRuleVersion version) {
		return this.rules.addVersion(version);
	}

	/**
	 * The date {@code count} working days after {@code from}, and the days off it
	 * skipped.
	 */
	record WorkingDays(LocalDate from, int count, LocalDate date, List<CalendarDay> daysOffSkipped,
			boolean calendarComplete) {

	}

	@GetMapping("/api/v1/calendar/working-days")
	WorkingDays workingDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam int count) throws BindException {
		if (count < 0 || count > MAX_WORKING_DAYS) {
			MapBindingResult errors = new MapBindingResult(new LinkedHashMap<>(), "query");
			errors.rejectValue("count", "calendar.count.invalid", new Object[] { MAX_WORKING_DAYS }, null);
			throw new BindException(errors);
		}
		if (from.getYear() < 2000 || from.getYear() > 2090) {
			MapBindingResult errors = new MapBindingResult(new LinkedHashMap<>(), "query");
			errors.rejectValue("from", "calendar.year.invalid");
			throw new BindException(errors);
		}
		LocalDate date = this.rules.addWorkingDays(from, count);
		WorkingDayCalendar cal = this.rules.calendar(from.getYear(), date.getYear());
		List<CalendarDay> skipped = new java.util.ArrayList<>();
		boolean complete = true;
		for (int y = from.getYear(); y <= date.getYear(); y++) {
			complete &= cal.isYearEntered(y);
			for (CalendarDay d : this.calendar.days(y)) {
				if (d.day().isAfter(from) && !d.day().isAfter(date) && d.kind() == CalendarDay.Kind.HOLIDAY) {
					skipped.add(d);
				}
			}
		}
		return new WorkingDays(from, count, date, skipped, complete);
	}

	@GetMapping("/api/v1/calendar/{year}")
	List<CalendarDay> days(@PathVariable int year) {
		this.calendar.year(year).orElseThrow(() -> NotFoundException.of("calendarYear", String.valueOf(year)));
		return this.calendar.days(year);
	}

	@PostMapping("/api/v1/calendar/days")
	@ResponseStatus(HttpStatus.CREATED)
	CalendarDay addDay(@RequestBody CalendarDay day) {
		this.calendar.addDay(day);
		return day;
	}

	@DeleteMapping("/api/v1/calendar/days/{date}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeDay(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		this.calendar.removeDay(date);
	}

}
