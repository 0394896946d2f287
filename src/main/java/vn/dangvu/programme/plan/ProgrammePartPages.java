package vn.dangvu.programme.plan;

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

import vn.dangvu.organisation.UnitSelection;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.NotPermittedException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.text.Messages;
import vn.dangvu.platform.time.PageDates;
import vn.dangvu.platform.web.Choice;
import vn.dangvu.platform.web.PageForms;
import vn.dangvu.programme.DuePrecision;
import vn.dangvu.programme.IndicatorKind;
import vn.dangvu.programme.ProgrammeState;
import vn.dangvu.programme.ProgrammeStructure;
import vn.dangvu.programme.plan.StructureEdits.Stamp;

/**
 * The forms of a programme's parts: add, change or remove an area, a key task, an
 * indicator or an activity ({@code what}: {@code areas}, {@code tasks},
 * {@code indicators}, {@code activities}). Once the programme is adopted each form asks
 * for the amendment's reason.
 */
@Controller
@RequiredArgsConstructor
class ProgrammePartPages {

	static final String WHAT = "{what:areas|tasks|indicators|activities}";

	private final ProgrammeQueries queries;

	private final StructureEdits edits;

	private final ActivityOwners owners;

	private final ProgrammeChoices choices;

	private final PageForms forms;

	private final Messages messages;

	@GetMapping("/programmes/{id}/" + WHAT + "/new")
	String add(@PathVariable long id, @PathVariable String what, @RequestParam(required = false) String area,
			@RequestParam(required = false) String task, Model model) {
		Caller caller = CurrentCaller.require();
		ProgrammeStructure p = writable(id, caller);
		PartForm form = new PartForm();
		form.setAreaId(area);
		form.setTaskId(task);
		form.setVersion(Integer.toString(p.version()));
		model.addAttribute("form", form);
		return page(model, p, what, null, caller);
	}

	@PostMapping("/programmes/{id}/" + WHAT + "/new")
	String create(@PathVariable long id, @PathVariable String what, @ModelAttribute("form") PartForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Caller caller = CurrentCaller.require();
		ProgrammeStructure p = writable(id, caller);
		return this.forms.submit(binding, () -> {
			Stamp stamp = stamp(form);
			switch (what) {
				case "areas" -> this.edits.addArea(id, area(form), stamp, caller);
				case "tasks" -> this.edits.addTask(id, task(form), stamp, caller);
				case "indicators" -> this.edits.addIndicator(id, indicator(form), stamp, caller);
				default -> this.owners.addActivity(id, activity(form), cells(form), stamp, caller);
			}
			redirect.addFlashAttribute("flashMessage", this.messages.text("programme." + what + ".added"));
			return "redirect:/programmes/" + id + anchor(form);
		}, () -> page(model, p, what, null, caller));
	}

	@GetMapping("/programmes/{id}/" + WHAT + "/{partId}/edit")
	String edit(@PathVariable long id, @PathVariable String what, @PathVariable long partId, Model model) {
		Caller caller = CurrentCaller.require();
		ProgrammeStructure p = writable(id, caller);
		PartForm form = filled(p, what, partId);
		form.setVersion(Integer.toString(p.version()));
		model.addAttribute("form", form);
		return page(model, p, what, partId, caller);
	}

	@PostMapping("/programmes/{id}/" + WHAT + "/{partId}/edit")
	String change(@PathVariable long id, @PathVariable String what, @PathVariable long partId,
			@ModelAttribute("form") PartForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
		Caller caller = CurrentCaller.require();
		ProgrammeStructure p = writable(id, caller);
		PartForm now = filled(p, what, partId);
		if (now.getOwnersKept() != null) {
			// too many owners to choose from a list: they stay as they are
			form.setOwnersKept(now.getOwnersKept());
			form.setOwnerUnitIds(p.allActivities()
				.stream()
				.filter((x) -> x.id() == partId)
				.flatMap((x) -> x.owners().stream())
				.map(ProgrammeStructure.Owner::unitId)
				.toList());
		}
		return this.forms.submit(binding, () -> {
			Stamp stamp = stamp(form);
			switch (what) {
				case "areas" -> this.edits.changeArea(id, partId, area(form), stamp, caller);
				case "tasks" -> this.edits.changeTask(id, partId, task(form), true, stamp, caller);
				case "indicators" -> this.edits.changeIndicator(id, partId, indicator(form), true, stamp, caller);
				default -> this.owners.changeActivity(id, partId, activity(form), cells(form), stamp, caller);
			}
			redirect.addFlashAttribute("flashMessage", this.messages.text("programme.saved"));
			return "redirect:/programmes/" + id + anchor(form);
		}, () -> page(model, p, what, partId, caller));
	}

	@PostMapping("/programmes/{id}/" + WHAT + "/{partId}/remove")
	String remove(@PathVariable long id, @PathVariable String what, @PathVariable long partId,
			@ModelAttribute PartForm form, RedirectAttributes redirect) {
		Caller caller = CurrentCaller.require();
		String back = "redirect:/programmes/" + id + "/" + what + "/" + partId + "/edit";
		return this.forms.act(redirect, () -> {
			Stamp stamp = stamp(form);
			switch (what) {
				case "areas" -> this.edits.removeArea(id, partId, stamp, caller);
				case "tasks" -> this.edits.removeTask(id, partId, stamp, caller);
				case "indicators" -> this.edits.removeIndicator(id, partId, stamp, caller);
				default -> this.edits.removeActivity(id, partId, stamp, caller);
			}
			redirect.addFlashAttribute("flashMessage", this.messages.text("programme.removed"));
			return "redirect:/programmes/" + id;
		}, back);
	}

	private String page(Model model, ProgrammeStructure p, String what, Long partId, Caller caller) {
		model.addAttribute("p", p);
		model.addAttribute("what", what);
		model.addAttribute("partId", partId);
		model.addAttribute("titleKey", "programme." + what + ((partId == null) ? ".add" : ".edit"));
		model.addAttribute("documents",
				(p.state() == ProgrammeState.ADOPTED) ? this.choices.documents(caller) : List.of());
		switch (what) {
			case "tasks" -> {
				model.addAttribute("areas",
						p.areas().stream().map((a) -> Choice.of(a.id(), a.position() + ". " + a.title())).toList());
				model.addAttribute("parentTasks", this.choices.parentTasks(p, caller));
			}
			case "indicators" -> {
				model.addAttribute("tasks", tasks(p));
				model.addAttribute("indicatorKinds",
						Arrays.stream(IndicatorKind.values())
							.map((k) -> Choice.of(k.name(), this.messages.text("programme.indicatorKind." + k.name())))
							.toList());
			}
			case "activities" -> {
				model.addAttribute("tasks", tasks(p));
				model.addAttribute("precisions",
						Arrays.stream(DuePrecision.values())
							.map((k) -> Choice.of(k.name(), this.messages.text("programme.duePrecision." + k.name())))
							.toList());
				PartForm form = (PartForm) model.getAttribute("form");
				model.addAttribute("people",
						this.choices.people(p, (form == null) ? null : PageValues.lenientId(form.getLeadPersonId())));
				model.addAttribute("ownerUnits", this.choices.ownerUnits(p));
				model.addAttribute("cellParents", this.choices.cellParents(p));
			}
			default -> {
			}
		}
		return "programme/part";
	}

	private static List<Choice> tasks(ProgrammeStructure p) {
		return p.allTasks().stream().map((t) -> Choice.of(t.id(), t.code() + " " + t.title())).toList();
	}

	/** The form of an existing part; 404 when it is not in the programme. */
	private static PartForm filled(ProgrammeStructure p, String what, long partId) {
		PartForm form = new PartForm();
		switch (what) {
			case "areas" -> {
				var a = p.areas()
					.stream()
					.filter((x) -> x.id() == partId)
					.findFirst()
					.orElseThrow(() -> NotFoundException.of("area", partId));
				form.setTitle(a.title());
				form.setPosition(Integer.toString(a.position()));
			}
			case "tasks" -> {
				var t = p.allTasks()
					.stream()
					.filter((x) -> x.id() == partId)
					.findFirst()
					.orElseThrow(() -> NotFoundException.of("task", partId));
				form.setAreaId(Long.toString(t.areaId()));
				form.setCode(t.code());
				form.setTitle(t.title());
				form.setWeight(t.weight().stripTrailingZeros().toPlainString());
				form.setParentTaskId((t.parentTaskId() == null) ? null : t.parentTaskId().toString());
				form.setPosition(Integer.toString(t.position()));
			}
			case "indicators" -> {
				var i = p.allTasks()
					.stream()
					.flatMap((t) -> t.indicators().stream())
					.filter((x) -> x.id() == partId)
					.findFirst()
					.orElseThrow(() -> NotFoundException.of("indicator", partId));
				form.setTaskId(Long.toString(i.taskId()));
				form.setName(i.name());
				form.setKind(i.kind().name());
				form.setTarget(i.target().stripTrailingZeros().toPlainString());
				form.setUnitLabel(i.unitLabel());
			}
			default -> {
				var a = p.allActivities()
					.stream()
					.filter((x) -> x.id() == partId)
					.findFirst()
					.orElseThrow(() -> NotFoundException.of("activity", partId));
				form.setTaskId(Long.toString(a.taskId()));
				form.setTitle(a.title());
				form.setLeadPersonId((a.leadPersonId() == null) ? null : a.leadPersonId().toString());
				form.setStartsOn((a.startsOn() == null) ? null : PageDates.format(a.startsOn()));
				form.setDueOn(PageDates.format(a.dueOn()));
				form.setDuePrecision(a.duePrecision().name());
				form.setDeliverable(a.deliverable());
				form.setWeight(a.weight().stripTrailingZeros().toPlainString());
				if (a.owners().size() > StructureEdits.MAX_OWNERS) {
					form.setOwnersKept(Integer.toString(a.owners().size()));
				}
				else {
					form.setOwnerUnitIds(a.owners().stream().map(ProgrammeStructure.Owner::unitId).toList());
				}
				form.setPosition(Integer.toString(a.position()));
			}
		}
		return form;
	}

	private static Stamp stamp(PartForm form) {
		return new Stamp(PageValues.integer("version", form.getVersion()), form.getAmendmentReason(),
				PageValues.id("amendmentDocumentId", form.getAmendmentDocumentId()), null);
	}

	private static StructureEdits.AreaInput area(PartForm form) {
		return new StructureEdits.AreaInput(form.getTitle(), PageValues.integer("position", form.getPosition()));
	}

	private static StructureEdits.TaskInput task(PartForm form) {
		return new StructureEdits.TaskInput(PageValues.id("areaId", form.getAreaId()), form.getCode(), form.getTitle(),
				PageValues.number("weight", form.getWeight()), PageValues.id("parentTaskId", form.getParentTaskId()),
				PageValues.integer("position", form.getPosition()));
	}

	private static StructureEdits.IndicatorInput indicator(PartForm form) {
		return new StructureEdits.IndicatorInput(PageValues.id("taskId", form.getTaskId()), form.getName(),
				PageValues.choice(IndicatorKind.class, "kind", form.getKind()),
				PageValues.number("target", form.getTarget()), form.getUnitLabel());
	}

	private static StructureEdits.ActivityInput activity(PartForm form) {
		return new StructureEdits.ActivityInput(PageValues.id("taskId", form.getTaskId()), form.getTitle(),
				PageValues.id("leadPersonId", form.getLeadPersonId()), PageValues.day("startsOn", form.getStartsOn()),
				PageValues.day("dueOn", form.getDueOn()),
				PageValues.choice(DuePrecision.class, "duePrecision", form.getDuePrecision()), form.getDeliverable(),
				PageValues.number("weight", form.getWeight()), form.getOwnerUnitIds(),
				PageValues.integer("position", form.getPosition()));
	}

	/** Every open cell under the unit the form names (none when it names none). */
	private static UnitSelection cells(PartForm form) {
		return UnitSelection.of(null, PageValues.id("allCellsUnder", form.getAllCellsUnder()));
	}

	private static String anchor(PartForm form) {
		Long task = PageValues.lenientId(form.getTaskId());
		if (task != null) {
			return "#task-" + task;
		}
		Long area = PageValues.lenientId(form.getAreaId());
		return (area != null) ? "#area-" + area : "";
	}

	private ProgrammeStructure writable(long id, Caller caller) {
		ProgrammeStructure p = this.queries.structure(id, caller);
		if (!p.mayWrite()) {
			throw new NotPermittedException(
					(p.state() == ProgrammeState.CLOSED) ? "programme.closed" : "programme.write.notAllowed");
		}
		return p;
	}

}
