package vn.dangvu.programme.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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

import vn.dangvu.platform.error.NotPermittedException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.table.TableColumn;
import vn.dangvu.platform.table.TablePage;
import vn.dangvu.platform.table.TableRequest;
import vn.dangvu.platform.table.TableSpec;
import vn.dangvu.platform.text.Messages;
import vn.dangvu.platform.time.PageDates;
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.platform.web.Choice;
import vn.dangvu.platform.web.PageForms;
import vn.dangvu.programme.PeriodKind;
import vn.dangvu.programme.ProgrammeKind;
import vn.dangvu.programme.ProgrammePage;
import vn.dangvu.programme.ProgrammeState;
import vn.dangvu.programme.ProgrammeStructure;
import vn.dangvu.programme.ProgrammeSummary;
import vn.dangvu.programme.RollUpRule;

/**
 * The programme pages: the list, a new programme, one programme with its tree, its head's
 * form, its adoption and closing, and its amendments. The parts of the tree have their
 * own forms ({@link ProgrammePartPages}).
 */
@Controller
@RequiredArgsConstructor
class ProgrammePages {

	/** The list's columns: the sortable headers and the pager read this. */
	static final TableSpec<ProgrammeSummary> TABLE = new TableSpec<>("chuong-trinh", "programme.list.title", List.of(
			TableColumn.<ProgrammeSummary>of("title", "programme.title", ProgrammeSummary::title).sql("p.search"),
			TableColumn.<ProgrammeSummary>of("unit", "programme.unit", ProgrammeSummary::unitName).sql("u.path"),
			TableColumn.<ProgrammeSummary>of("startsOn", "programme.period", ProgrammeSummary::startsOn)
				.sql("p.starts_on"),
			TableColumn.<ProgrammeSummary>of("kind", "programme.kind", (p) -> p.kind().name()).sql("p.kind"),
			TableColumn.<ProgrammeSummary>of("state", "programme.state", (p) -> p.state().name()).sql("p.state"),
			TableColumn.fixed("size", "programme.size", ProgrammeSummary::activities)), "startsOn", false, 20);

	private final ProgrammeQueries queries;

	private final Programmes programmes;

	private final ProgrammeChoices choices;

	private final PageForms forms;

	private final Messages messages;

	private final Clock clock;

	@GetMapping("/programmes")
	String list(@RequestParam(required = false) String unit, @RequestParam(required = false) String year,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String state,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model) {
		Caller caller = CurrentCaller.require();
		List<String> problems = new ArrayList<>();
		List<Choice> units = this.queries.listedUnits(caller).stream().map((u) -> Choice.of(u.id(), u.name())).toList();
		Long asked = lenient(() -> PageValues.id("unit", unit), problems);
		Long unitId = (asked != null && units.stream().anyMatch((c) -> c.value().equals(asked.toString()))) ? asked
				: null;
		Integer y = lenient(() -> PageValues.integer("year", year), problems);
		if (y != null && (y < 1900 || y > 2200)) {
			problems.add(this.messages.text("programme.year.invalid"));
			y = null;
		}
		ProgrammeKind k = lenient(() -> PageValues.choice(ProgrammeKind.class, "kind", kind), problems);
		ProgrammeState s = lenient(() -> PageValues.choice(ProgrammeState.class, "state", state), problems);
		TableRequest request = TABLE.request(page, size, sort);
		ProgrammeQueries.Filter filter = new ProgrammeQueries.Filter(unitId, y, k, s, q);
		ProgrammePage result = this.queries.list(filter, request.sort(), request.ascending(), request.page(),
				request.size(), caller);
		TableRequest clamped = TABLE.clamp(request, result.total());
		if (clamped.page() != request.page()) {
			result = this.queries.list(filter, clamped.sort(), clamped.ascending(), clamped.page(), clamped.size(),
					caller);
		}
		TablePage<ProgrammeSummary> table = TABLE.page(result.items(), result.total(), clamped);
		model.addAttribute("table", table);
		model.addAttribute("problems", problems.stream().distinct().toList());
		model.addAttribute("units", units);
		model.addAttribute("unitId", unitId);
		model.addAttribute("year", y);
		model.addAttribute("kind", k);
		model.addAttribute("state", s);
		model.addAttribute("q", (q == null) ? null : q.strip());
		model.addAttribute("kinds", ProgrammeKind.values());
		model.addAttribute("states", ProgrammeState.values());
		model.addAttribute("filtered",
				unitId != null || y != null || k != null || s != null || (q != null && !q.isBlank()));
		model.addAttribute("mayCreate", !this.queries.owningUnits(caller).isEmpty());
		return "programme/list";
	}

	/** A filter read leniently: a bad one is left out and told above the list. */
	private <T> T lenient(java.util.function.Supplier<T> read, List<String> problems) {
		return this.forms.<T, RuntimeException>attempt(PageForms::any, read::get, (ex) -> {
			problems.add(this.messages.text(ex));
			return null;
		});
	}

	@GetMapping("/programmes/new")
	String newProgramme(@ModelAttribute("form") ProgrammeForm form, Model model) {
		Caller caller = CurrentCaller.require();
		if (form.getStartsOn() == null && form.getEndsOn() == null) {
			int year = VietnamTime.today(this.clock).getYear();
			form.setStartsOn(PageDates.format(LocalDate.of(year, 1, 1)));
			form.setEndsOn(PageDates.format(LocalDate.of(year, 12, 31)));
		}
		return form(model, caller, null);
	}

	@PostMapping("/programmes/new")
	String create(@ModelAttribute("form") ProgrammeForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Caller caller = CurrentCaller.require();
		return this.forms.submit(binding, () -> {
			long id = this.programmes.create(new Programmes.NewProgramme(PageValues.id("unitId", form.getUnitId()),
					PageValues.choice(ProgrammeKind.class, "kind", form.getKind()), form.getTitle(),
					PageValues.choice(PeriodKind.class, "periodKind", form.getPeriodKind()),
					PageValues.day("startsOn", form.getStartsOn()), PageValues.day("endsOn", form.getEndsOn()),
					PageValues.id("resolutionDocumentId", form.getResolutionDocumentId()),
					PageValues.choice(RollUpRule.class, "rollUp", form.getRollUp())), caller);
			redirect.addFlashAttribute("flashMessage", this.messages.text("programme.created"));
			return "redirect:/programmes/" + id;
		}, () -> form(model, caller, null));
	}

	private String form(Model model, Caller caller, ProgrammeStructure programme) {
		if (programme == null) {
			List<Choice> units = this.queries.owningUnits(caller)
				.stream()
				.map((u) -> Choice.of(u.id(), u.name()))
				.toList();
			if (units.isEmpty()) {
				throw new NotPermittedException("programme.write.notAllowed");
			}
			model.addAttribute("units", units);
		}
		model.addAttribute("programme", programme);
		model.addAttribute("kinds",
				Arrays.stream(ProgrammeKind.values())
					.map((k) -> Choice.of(k.name(), this.messages.text("programme.kind." + k.name())))
					.toList());
		model.addAttribute("periodKinds",
				Arrays.stream(PeriodKind.values())
					.map((k) -> Choice.of(k.name(), this.messages.text("programme.periodKind." + k.name())))
					.toList());
		model.addAttribute("rollUps",
				Arrays.stream(RollUpRule.values())
					.map((k) -> Choice.of(k.name(), this.messages.text("programme.rollUp." + k.name())))
					.toList());
		model.addAttribute("documents", this.choices.documents(caller));
		return "programme/form";
	}

	@GetMapping("/programmes/{id}")
	String show(@PathVariable long id, Model model) {
		Caller caller = CurrentCaller.require();
		ProgrammeStructure p = this.queries.structure(id, caller);
		LocalDate today = VietnamTime.today(this.clock);
		model.addAttribute("p", p);
		model.addAttribute("today", today);
		model.addAttribute("counts", this.queries.counts(id, today, caller));
		if (p.mayWrite()) {
			model.addAttribute("documents", this.choices.documents(caller));
			model.addAttribute("stateForm", new StateForm());
		}
		return "programme/show";
	}

	@GetMapping("/programmes/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Caller caller = CurrentCaller.require();
		ProgrammeStructure p = writable(id, caller);
		ProgrammeForm form = new ProgrammeForm();
		form.setTitle(p.title());
		form.setKind(p.kind().name());
		form.setPeriodKind(p.periodKind().name());
		form.setStartsOn(PageDates.format(p.startsOn()));
		form.setEndsOn(PageDates.format(p.endsOn()));
		form.setResolutionDocumentId((p.resolutionDocumentId() == null) ? null : p.resolutionDocumentId().toString());
		form.setRollUp(p.rollUp().name());
		form.setVersion(Integer.toString(p.version()));
		model.addAttribute("form", form);
		return form(model, caller, p);
	}

	@PostMapping("/programmes/{id}/edit")
	String change(@PathVariable long id, @ModelAttribute("form") ProgrammeForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Caller caller = CurrentCaller.require();
		ProgrammeStructure p = writable(id, caller);
		return this.forms.submit(binding, () -> {
			this.programmes.change(id,
					new Programmes.HeadChange(form.getTitle(),
							PageValues.choice(PeriodKind.class, "periodKind", form.getPeriodKind()),
							PageValues.day("startsOn", form.getStartsOn()), PageValues.day("endsOn", form.getEndsOn()),
							PageValues.id("resolutionDocumentId", form.getResolutionDocumentId()),
							PageValues.choice(RollUpRule.class, "rollUp", form.getRollUp()),
							PageValues.integer("version", form.getVersion()), form.getAmendmentReason(),
							PageValues.id("amendmentDocumentId", form.getAmendmentDocumentId()), null),
					caller);
			redirect.addFlashAttribute("flashMessage", this.messages.text("programme.saved"));
			return "redirect:/programmes/" + id;
		}, () -> form(model, caller, p));
	}

	@PostMapping("/programmes/{id}/adopt")
	String adopt(@PathVariable long id, @ModelAttribute StateForm form, RedirectAttributes redirect) {
		return this.forms.act(redirect, () -> {
			this.programmes.adopt(id, new Programmes.Adoption(PageValues.id("documentId", form.getDocumentId()),
					PageValues.id("meetingId", form.getMeetingId()), PageValues.day("adoptedOn", form.getAdoptedOn()),
					PageValues.integer("version", form.getVersion())), CurrentCaller.require());
			redirect.addFlashAttribute("flashMessage", this.messages.text("programme.adopted"));
			return "redirect:/programmes/" + id;
		}, "redirect:/programmes/" + id);
	}

	@PostMapping("/programmes/{id}/close")
	String close(@PathVariable long id, @ModelAttribute StateForm form, RedirectAttributes redirect) {
		return this.forms.act(redirect, () -> {
			this.programmes.close(id, new Programmes.Closing(PageValues.day("closedOn", form.getClosedOn()),
					PageValues.integer("version", form.getVersion())), CurrentCaller.require());
			redirect.addFlashAttribute("flashMessage", this.messages.text("programme.closedDone"));
			return "redirect:/programmes/" + id;
		}, "redirect:/programmes/" + id);
	}

	@GetMapping("/programmes/{id}/amendments")
	String amendments(@PathVariable long id, Model model) {
		Caller caller = CurrentCaller.require();
		model.addAttribute("p", this.queries.structure(id, caller));
		List<vn.dangvu.programme.ProgrammeAmendment> newestFirst = new ArrayList<>(this.queries.amendments(id, caller));
		java.util.Collections.reverse(newestFirst);
		model.addAttribute("amendments", newestFirst);
		return "programme/amendments";
	}

	/** The programme, when the caller may change it: 404 unseen, 403 not a writer. */
	private ProgrammeStructure writable(long id, Caller caller) {
		ProgrammeStructure p = this.queries.structure(id, caller);
		if (!p.mayWrite()) {
			throw new NotPermittedException(
					(p.state() == ProgrammeState.CLOSED) ? "programme.closed" : "programme.write.notAllowed");
		}
		return p;
	}

}
