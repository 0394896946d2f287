package vn.dangvu.meeting.oversight;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import vn.dangvu.meeting.MeetingGrade;
import vn.dangvu.meeting.oversight.MeetingOversight.Subject;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.text.Messages;
import vn.dangvu.platform.time.PageDates;
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.platform.web.Choice;
import vn.dangvu.platform.web.PageForms;

/**
 * The committee's oversight page of a month and its XLSX (decision 0227):
 * {@code /meetings/oversight?unit=&month=MM/yyyy}, by default the caller's own unit and
 * this month, with the year's repeated absences loaded after it
 * ({@code /meetings/oversight/absences}). A month that is not one is shown on its field,
 * with no dashboard.
 */
@Controller
@RequiredArgsConstructor
class MeetingOversightPages {

	/** Rows of a list shown on the page; the XLSX and the API have every one. */
	static final int PAGE_ROWS = 100;

	private final MeetingOversight oversight;

	private final MeetingOversightSheet sheet;

	private final PageForms forms;

	private final Messages messages;

	private final Clock clock;

	@GetMapping("/meetings/oversight")
	String page(@RequestParam(required = false) String unit, @RequestParam(required = false) String month,
			Model model) {
		Caller caller = CurrentCaller.require();
		this.oversight.requireOverseer(caller);
		YearMonth thisMonth = YearMonth.from(VietnamTime.today(this.clock));
		model.addAttribute("monthText",
				(month == null || month.isBlank()) ? PageDates.format(thisMonth) : month.strip());
		model.addAttribute("pageRows", PAGE_ROWS);
		Long unitId = id(unit);
		return this.forms.attempt(PageForms::reshown, () -> {
			YearMonth m = this.oversight.month(PageDates.parseMonth("month", month, "meeting.oversight.month.invalid"));
			Optional<Subject> subject = this.oversight.subject(unitId, caller);
			model.addAttribute("units", choices(caller, subject));
			subject.ifPresent((s) -> show(model, s, m));
			return "meeting/oversight";
		}, (ex) -> {
			model.addAttribute("units", this.oversight.choices(caller));
			model.addAttribute("unitValue", unit);
			model.addAttribute("error", this.messages.text(ex));
			model.addAttribute("errorField", ex.field());
			return "meeting/oversight";
		});
	}

	@GetMapping("/meetings/oversight.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String unit,
			@RequestParam(required = false) String month) {
		Asked asked = asked(unit, month);
		return this.sheet.write(this.oversight.dashboard(asked.subject(), asked.month()),
				this.oversight.absentees(asked.subject(), asked.month()), VietnamTime.today(this.clock));
	}

	/**
	 * The members often absent in the year up to the month: the part of the page htmx
	 * loads after the month ({@code HX-Request}), or a page of its own without script.
	 */
	@GetMapping("/meetings/oversight/absences")
	String absences(@RequestParam(required = false) String unit, @RequestParam(required = false) String month,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		Asked asked = asked(unit, month);
		Subject subject = asked.subject();
		YearMonth m = asked.month();
		model.addAttribute("subject", subject);
		model.addAttribute("month", m);
		model.addAttribute("monthText", PageDates.format(m));
		model.addAttribute("yearFrom", m.withMonth(1).atDay(1));
		model.addAttribute("absentees", this.oversight.absentees(subject, m));
		model.addAttribute("pageRows", PAGE_ROWS);
		return (htmx != null) ? "meeting/oversight :: absences" : "meeting/oversight-absences";
	}

	private void show(Model model, Subject subject, YearMonth month) {
		Oversight o = this.oversight.dashboard(subject, month);
		model.addAttribute("subject", subject);
		model.addAttribute("month", month);
		model.addAttribute("monthText", PageDates.format(month));
		model.addAttribute("unitValue", String.valueOf(subject.id()));
		model.addAttribute("o", o);
		model.addAttribute("c", o.compliance());
		model.addAttribute("seriesLabels", o.series().stream().map((s) -> PageDates.format(s.month())).toList());
		model.addAttribute("seriesValues",
				o.series().stream().map((s) -> (s.rate() == null) ? "" : s.rate().toPlainString()).toList());
		var g = o.compliance().grades();
		List<String> gradeLabels = new ArrayList<>();
		for (MeetingGrade grade : MeetingGrade.values()) {
			gradeLabels.add(this.messages.text("meeting.grade." + grade));
		}
		gradeLabels.add(this.messages.text("meeting.oversight.ungraded"));
		model.addAttribute("gradeLabels", gradeLabels);
		model.addAttribute("gradeValues", List.of(g.good(), g.fair(), g.average(), g.poor(), g.ungraded()));
		model.addAttribute("previous", PageDates.format(month.minusMonths(1)));
		model.addAttribute("next", PageDates.format(month.plusMonths(1)));
	}

	/** The unit and month a download or the absences are asked for. */
	private record Asked(Subject subject, YearMonth month) {

	}

	/**
	 * The unit and month asked for, checked: an overseer (else 403), a month (else 422 on
	 * its field), a unit of the scope (else 404; none: the caller's own).
	 */
	private Asked asked(String unit, String month) {
		Caller caller = CurrentCaller.require();
		this.oversight.requireOverseer(caller);
		YearMonth m = this.oversight.month(PageDates.parseMonth("month", month, "meeting.oversight.month.invalid"));
		Subject subject = this.oversight.subject(id(unit), caller)
			.orElseThrow(() -> NotFoundException.of("unit", String.valueOf(unit)));
		return new Asked(subject, m);
	}

	/** The committees of the scope, and the unit looked at when it is not among them. */
	private List<Choice> choices(Caller caller, Optional<Subject> subject) {
		List<Choice> choices = new ArrayList<>(this.oversight.choices(caller));
		subject.filter((s) -> choices.stream().noneMatch((c) -> c.value().equals(String.valueOf(s.id()))))
			.ifPresent((s) -> choices.add(0, Choice.of(s.id(), s.name())));
		return choices;
	}

	/**
	 * A unit's id as typed in the address; not a number is a unit that does not exist.
	 */
	private static Long id(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw NotFoundException.of("unit", text.strip());
		}
	}

}
