package vn.dangvu.meeting.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.directive.DirectiveApi;
import vn.dangvu.directive.DocumentQuery;
import vn.dangvu.meeting.MeetingKind;
import vn.dangvu.meeting.absence.AbsenceFlags;
import vn.dangvu.meeting.access.MeetingAccess;
import vn.dangvu.meeting.access.MeetingAccess.Cell;
import vn.dangvu.meeting.access.PageTimes;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.text.Messages;
import vn.dangvu.platform.time.PageDates;
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.platform.web.Choice;
import vn.dangvu.platform.web.PageForms;

/**
 * The meetings pages: a cell's year, a new meeting, one meeting, moving and cancelling
 * it.
 */
@Controller
@RequiredArgsConstructor
class MeetingPages {

	private final MeetingQueries queries;

	private final MeetingPlans plans;

	private final MeetingDetails details;

	private final MeetingCells cells;

	private final MeetingAccess access;

	private final AbsenceFlags absences;

	private final DirectiveApi directives;

	private final PageForms forms;

	private final Messages messages;

	private final Clock clock;

	@GetMapping("/meetings")
	String year(@RequestParam(required = false) String unit, @RequestParam(required = false) String year, Model model) {
		Caller caller = CurrentCaller.require();
		LocalDate today = VietnamTime.today(this.clock);
		int y = year(year, today);
		List<Choice> choices = this.cells.choices(caller);
		model.addAttribute("cells", choices);
		model.addAttribute("year", y);
		model.addAttribute("today", today);
		Long unitId = null;
		if (unit != null && !unit.isBlank()) {
			unitId = id(unit);
		}
		else if (!choices.isEmpty()) {
			unitId = Long.valueOf(choices.get(0).value());
		}
		if (unitId == null) {
			return "meeting/year";
		}
		Cell cell = this.access.cell(unitId, caller);
		model.addAttribute("cell", cell);
		model.addAttribute("meetings", this.queries.year(unitId, y, caller));
		boolean mayWrite = this.access.mayWrite(caller, cell);
		model.addAttribute("mayWrite", mayWrite);
		model.addAttribute("absences", mayWrite ? this.absences.ofCell(unitId, y, today, caller) : List.of());
		return "meeting/year";
	}

	@PostMapping("/meetings/plan")
	String plan(@RequestParam String unit, @RequestParam String year, @RequestParam(required = false) String dayOfMonth,
			@RequestParam(required = false) String startsAt, @RequestParam(required = false) String place,
			@RequestParam(required = false) String thematicTopic, RedirectAttributes redirect) {
		long unitId = id(unit);
		int y = year(year, VietnamTime.today(this.clock));
		return this.forms.act(redirect, () -> {
			MeetingPlans.Planned planned = this.plans.planYear(new MeetingPlans.YearPlan(unitId, y,
					(dayOfMonth == null || dayOfMonth.isBlank()) ? null : number(dayOfMonth),
					PageTimes.parse("startsAt", startsAt), place, thematicTopic), CurrentCaller.require());
			redirect.addFlashAttribute("flashMessage",
					this.messages.text("meeting.plan.done", planned.ids().size(), planned.skipped()));
			return yearUrl(unitId, y);
		}, yearUrl(unitId, y));
	}

	@PostMapping("/meetings/plan/copy")
	String copy(@RequestParam String unit, @RequestParam String year, RedirectAttributes redirect) {
		long unitId = id(unit);
		int y = year(year, VietnamTime.today(this.clock));
		return this.forms.act(redirect, () -> {
			MeetingPlans.Planned planned = this.plans.copyYear(unitId, y, CurrentCaller.require());
			redirect.addFlashAttribute("flashMessage",
					this.messages.text("meeting.plan.copied", planned.ids().size(), y - 1));
			return yearUrl(unitId, y);
		}, yearUrl(unitId, y));
	}

	@GetMapping("/meetings/new")
	String newMeeting(@RequestParam String unit, @ModelAttribute("form") MeetingForm form, Model model) {
		Cell cell = this.access.cellToWrite(id(unit), CurrentCaller.require());
		return form(model, cell);
	}

	@PostMapping("/meetings/new")
	String create(@RequestParam String unit, @ModelAttribute("form") MeetingForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		Caller caller = CurrentCaller.require();
		Cell cell = this.access.cellToWrite(id(unit), caller);
		if (binding.hasErrors()) {
			return form(model, cell);
		}
		return this.forms.submit(binding, () -> {
			long id = this.plans.create(
					new MeetingPlans.NewMeeting(cell.id(), kind(form.getKind()), form.getTopic(),
							PageDates.parseDay("meetsOn", form.getMeetsOn(), "meeting.date.invalid"),
							PageTimes.parse("startsAt", form.getStartsAt()), form.getPlace(), form.getDocumentIds()),
					caller);
			redirect.addFlashAttribute("flashMessage", this.messages.text("meeting.created"));
			return "redirect:/meetings/" + id;
		}, () -> form(model, cell));
	}

	private String form(Model model, Cell cell) {
		model.addAttribute("cell", cell);
		model.addAttribute("kinds", List.of(Choice.of("REGULAR", this.messages.text("meeting.kind.REGULAR")),
				Choice.of("THEMATIC", this.messages.text("meeting.kind.THEMATIC"))));
		model.addAttribute("documents",
				Choice.of(this.directives
					.search(new DocumentQuery(null, null, null, null, null, "date", 0, 50), CurrentCaller.require())
					.items(), (d) -> d.id(), (d) -> d.citation() + " — " + d.summary()));
		return "meeting/new";
	}

	@GetMapping("/meetings/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("d", this.details.detail(id, CurrentCaller.require()));
		model.addAttribute("today", VietnamTime.today(this.clock));
		return "meeting/show";
	}

	@PostMapping("/meetings/{id}/move")
	String move(@PathVariable long id, @RequestParam(required = false) String meetsOn,
			@RequestParam(required = false) String startsAt, @RequestParam(required = false) String place,
			@RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		return this.forms.act(redirect, () -> {
			this.plans.move(id, PageDates.parseDay("meetsOn", meetsOn, "meeting.date.invalid"),
					PageTimes.parse("startsAt", startsAt), place, version, CurrentCaller.require());
			redirect.addFlashAttribute("flashMessage", this.messages.text("meeting.moved"));
			return "redirect:/meetings/" + id;
		}, "redirect:/meetings/" + id);
	}

	@PostMapping("/meetings/{id}/cancel")
	String cancel(@PathVariable long id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		return this.forms.act(redirect, () -> {
			this.plans.cancel(id, reason, version, CurrentCaller.require());
			redirect.addFlashAttribute("flashMessage", this.messages.text("meeting.cancelled"));
			return "redirect:/meetings/" + id;
		}, "redirect:/meetings/" + id);
	}

	private static String yearUrl(long unitId, int year) {
		return "redirect:/meetings?unit=" + unitId + "&year=" + year;
	}

	private static MeetingKind kind(String kind) {
		return "THEMATIC".equals(kind) ? MeetingKind.THEMATIC : MeetingKind.REGULAR;
	}

	private static int year(String year, LocalDate today) {
		try {
			int y = (year == null || year.isBlank()) ? today.getYear() : Integer.parseInt(year.strip());
			return (y < 2000 || y > today.getYear() + 2) ? today.getYear() : y;
		}
		catch (NumberFormatException ex) {
			return today.getYear();
		}
	}

	private static Integer number(String text) {
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw vn.dangvu.platform.error.RuleViolationException.onField("dayOfMonth",
					"meeting.plan.dayOfMonth.invalid");
		}
	}

	static long id(String text) {
		try {
			return Long.parseLong(text.strip());
		}
		catch (NumberFormatException ex) {
			throw NotFoundException.of("unit", text);
		}
	}

}
