package vn.dangvu.rules.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.platform.text.Messages;
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.platform.web.PageForms;
import vn.dangvu.rules.CalendarDay;
import vn.dangvu.rules.CalendarYear;
import vn.dangvu.rules.WorkingDayCalendar;

/**
 * The working-day calendar of a year, its upkeep, and a "working days after" calculator.
 */
@Controller
@RequiredArgsConstructor
class CalendarPages {

	private final CalendarDays calendar;

	private final Messages messages;

	private final PageForms forms;

	private final Clock clock;

	/**
	 * One cell of the month grid: the day (null = padding), working or not, its entry if
	 * any.
	 */
	record Cell(LocalDate day, boolean working, CalendarDay entry) {

	}

	record Month(YearMonth month, List<List<Cell>> weeks, int workingDays) {

	}

	@GetMapping("/rules/calendar")
	String year(@RequestParam(required = false) Integer year, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) Integer count, Model model) {
		int y = (year != null && year >= 2000 && year <= 2100) ? year : VietnamTime.today(this.clock).getYear();
		List<CalendarDay> days = this.calendar.days(y);
		Map<LocalDate, CalendarDay> entries = days.stream()
			.collect(Collectors.toMap(CalendarDay::day, Function.identity()));
		WorkingDayCalendar cal = this.calendar.calendar(y, y);
		List<Month> months = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			months.add(month(YearMonth.of(y, m), cal, entries));
		}
		model.addAttribute("year", y);
		model.addAttribute("years", this.calendar.years());
		model.addAttribute("yearInfo", this.calendar.year(y).orElse(null));
		model.addAttribute("days", days);
		model.addAttribute("months", months);
		model.addAttribute("workingDaysInYear", months.stream().mapToInt(Month::workingDays).sum());
		if (from != null && count != null) {
			calculate(from, count, model);
		}
		return "rules/calendar";
	}

	private void calculate(LocalDate from, int count, Model model) {
		model.addAttribute("calcFrom", from);
		model.addAttribute("calcCount", count);
		if (count < 0 || count > 2000 || from.getYear() < 2000 || from.getYear() > 2090) {
			model.addAttribute("calcError", this.messages.text("calendar.count.invalid", 2000));
			return;
		}
		LocalDate result = this.calendar.addWorkingDays(from, count);
		model.addAttribute("calcResult", result);
		boolean complete = true;
		for (int y = from.getYear(); y <= result.getYear(); y++) {
			complete &= this.calendar.year(y).isPresent();
		}
		model.addAttribute("calcComplete", complete);
	}

	private static Month month(YearMonth ym, WorkingDayCalendar cal, Map<LocalDate, CalendarDay> entries) {
		List<List<Cell>> weeks = new ArrayList<>();
		List<Cell> week = new ArrayList<>();
		int pad = ym.atDay(1).getDayOfWeek().getValue() - 1;
		for (int i = 0; i < pad; i++) {
			week.add(new Cell(null, false, null));
		}
		int working = 0;
		for (int d = 1; d <= ym.lengthOfMonth(); d++) {
			LocalDate day = ym.atDay(d);
			boolean w = cal.isWorkingDay(day);
			working += w ? 1 : 0;
			week.add(new Cell(day, w, entries.get(day)));
			if (week.size() == 7) {
				weeks.add(week);
				week = new ArrayList<>();
			}
		}
		if (!week.isEmpty()) {
			while (week.size() < 7) {
				week.add(new Cell(null, false, null));
			}
			weeks.add(week);
		}
		return new Month(ym, weeks, working);
	}

	record DayForm(LocalDate day, CalendarDay.Kind kind, String name) {

	}

	@PostMapping("/rules/calendar/days")
	String addDay(DayForm form, RedirectAttributes redirect) {
		int year = form.day() != null ? form.day().getYear() : VietnamTime.today(this.clock).getYear();
		String back = "redirect:/rules/calendar?year=" + year;
		return this.forms.act(redirect, () -> {
			this.calendar.addDay(new CalendarDay(form.day(), form.kind(), form.name()));
			redirect.addFlashAttribute("flashMessage", this.messages.text("calendar.day.added"));
			return back;
		}, back);
	}

	@PostMapping("/rules/calendar/days/{date}/delete")
	String removeDay(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			RedirectAttributes redirect) {
		String back = "redirect:/rules/calendar?year=" + date.getYear();
		// A day already removed (404) is told on the calendar, not as the error page.
		return this.forms.attempt(PageForms::any,
				(ex) -> redirect.addFlashAttribute("flashError", this.messages.text(ex)), () -> {
					this.calendar.removeDay(date);
					redirect.addFlashAttribute("flashMessage", this.messages.text("calendar.day.removed"));
					return back;
				}, () -> back);
	}

	record YearForm(Integer year, Boolean confirmed, String source, String note) {

	}

	@PostMapping("/rules/calendar/years")
	String saveYear(YearForm form, RedirectAttributes redirect) {
		int year = form.year() != null ? form.year() : 0;
		String back = "redirect:/rules/calendar" + (year >= 2000 && year <= 2100 ? "?year=" + year : "");
		return this.forms.act(redirect, () -> {
			this.calendar
				.saveYear(new CalendarYear(year, Boolean.TRUE.equals(form.confirmed()), form.source(), form.note()));
			redirect.addFlashAttribute("flashMessage", this.messages.text("calendar.year.saved"));
			return back;
		}, back);
	}

}
