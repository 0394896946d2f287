package vn.dangvu.rules.calendar;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;

import lombok.RequiredArgsConstructor;

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
import vn.dangvu.rules.WorkingDayCalendar;

/**
 * The working-day calendar as JSON: read by anyone signed in, changed by administrators.
 */
@RestController
@RequiredArgsConstructor
class CalendarApiController {

	static final int MAX_WORKING_DAYS = 2000;

	private final CalendarDays calendar;

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
		LocalDate date = this.calendar.addWorkingDays(from, count);
		WorkingDayCalendar cal = this.calendar.calendar(from.getYear(), date.getYear());
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
