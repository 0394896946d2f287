package vn.dangvu.directive.cascade;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.directive.ActionKind;
import vn.dangvu.directive.AssignmentResult;
import vn.dangvu.directive.DocumentView;
import vn.dangvu.directive.DuePeriod;
import vn.dangvu.directive.NewAssignment;
import vn.dangvu.directive.input.PageInput;
import vn.dangvu.directive.registry.DocumentQueries;
import vn.dangvu.directive.visibility.Visibility;
import vn.dangvu.platform.error.NotPermittedException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.time.PageDates;
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.platform.web.PageForms;

/** Assigning a directive to units below (the cascade form). */
@Controller
@RequiredArgsConstructor
class AssignPages {

	private final PageInput input;

	private final DocumentQueries documents;

	private final AssignmentService assignments;

	private final AssignmentQueries assignmentQueries;

	private final Clock clock;

	private final PageForms forms;

	@GetMapping("/directives/{id}/assign")
	String assignForm(@PathVariable long id, Model model) {
		Caller caller = CurrentCaller.require();
		DocumentView doc = this.documents.require(id, caller);
		if (!Visibility.mayAssign(caller)) {
			throw new NotPermittedException("directive.assign.notPermitted");
		}
		Map<String, String> form = new LinkedHashMap<>();
		form.put("assignedOn", PageDates.format(VietnamTime.today(this.clock)));
		form.put("DISSEMINATE.on", "1");
		form.put("DISSEMINATE.mode", "workingDays");
		form.put("DISSEMINATE.value", "10");
		form.put("PLAN.on", "1");
		form.put("PLAN.mode", "workingDays");
		form.put("PLAN.value", "15");
		return assignView(doc, form, List.of(), Map.of(), model);
	}

	private String assignView(DocumentView doc, Map<String, String> form, List<Long> chosen, Map<String, String> errors,
			Model model) {
		Caller caller = CurrentCaller.require();
		model.addAttribute("doc", doc);
		model.addAttribute("form", form);
		model.addAttribute("chosen", chosen);
		model.addAttribute("errors", errors);
		model.addAttribute("units", this.assignmentQueries.assignableUnits(doc.id(), caller));
		List<AssignmentQueries.UnitChoice> under = new ArrayList<>(this.assignmentQueries.holders(doc.id(), caller));
		this.assignmentQueries.assignableUnits(doc.id(), caller)
			.stream()
			.filter((u) -> !"CELL".equals(u.kind()))
			.forEach(under::add);
		model.addAttribute("underChoices", under);
		model.addAttribute("actionKinds", ActionKind.values());
		return "directive/assign";
	}

	@PostMapping("/directives/{id}/assign")
	String assign(@PathVariable long id, @RequestParam Map<String, String> params,
			@RequestParam(name = "unitIds", required = false) List<String> unitIdTexts, Model model,
			RedirectAttributes flash) {
		Caller caller = CurrentCaller.require();
		DocumentView doc = this.documents.require(id, caller);
		Map<String, String> form = new LinkedHashMap<>(params);
		Map<String, String> errors = new LinkedHashMap<>();
		List<Long> unitIds = new ArrayList<>();
		if (unitIdTexts != null) {
			for (String u : unitIdTexts) {
				try {
					unitIds.add(Long.valueOf(u));
				}
				catch (NumberFormatException ex) {
					errors.put("unitIds", this.input.text("error.field.typeMismatch"));
				}
			}
		}
		Long under = this.input.id(form, "allCellsUnder", errors);
		LocalDate assignedOn = this.input.date(form, "assignedOn", errors);
		Map<ActionKind, DuePeriod> actions = actions(form, errors);
		if (!errors.isEmpty()) {
			return assignView(doc, form, unitIds, errors, model);
		}
		return this.forms.submitKeepingStatus(errors, "form", () -> {
			AssignmentResult r = this.assignments.assign(id,
					new NewAssignment(null, unitIds, under, actions, assignedOn), caller);
			flash.addFlashAttribute("flashMessage", this.input.text("directive.assigned", r.assignedUnitIds().size(),
					r.alreadyAssignedUnitIds().size()));
			return "redirect:/directives/" + id + "/tracking";
		}, () -> assignView(doc, form, unitIds, errors, model));
	}

	/** The actions ticked on the form, each with its due date or period. */
	private Map<ActionKind, DuePeriod> actions(Map<String, String> form, Map<String, String> errors) {
		Map<ActionKind, DuePeriod> actions = new EnumMap<>(ActionKind.class);
		for (ActionKind k : ActionKind.values()) {
			if (!"1".equals(form.get(k.name() + ".on"))) {
				continue;
			}
			String mode = form.getOrDefault(k.name() + ".mode", "workingDays");
			String value = form.get(k.name() + "." + ("date".equals(mode) ? "date" : "value"));
			try {
				if ("date".equals(mode)) {
					LocalDate due = PageDates.parse(value);
					if (due == null) {
						errors.put("actions." + k.name(), this.input.text("directive.assign.dueMissing"));
						continue;
					}
					actions.put(k, DuePeriod.on(due));
				}
				else {
					int n = Integer.parseInt(value == null ? "" : value.strip());
					actions.put(k, "days".equals(mode) ? DuePeriod.calendarDays(n) : DuePeriod.workingDays(n));
				}
			}
			catch (NumberFormatException | DateTimeParseException ex) {
				errors.put("actions." + k.name(), this.input.text("directive.assign.dueMissing"));
			}
		}
		return actions;
	}

}
