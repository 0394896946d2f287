package vn.dangvu.organisation.tree;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.organisation.UnitDto;
import vn.dangvu.organisation.UnitFamily;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitScope;
import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.text.VietnameseText;
import vn.dangvu.platform.time.PageDates;
import vn.dangvu.platform.time.VietnamTime;

/**
 * Forms that change the tree. Each posts, checks its input, calls {@link UnitService} and
 * redirects with a flash message, or shows the form again with the reasons in Vietnamese.
 */
@Controller
@RequiredArgsConstructor
class UnitFormPages {

	private final UnitService service;

	private final UnitQueries queries;

	private final UnitScopes scopes;

	private final UnitPermissions permissions;

	private final MessageSource messages;

	private final Clock clock;

	private final UnitFormSupport forms;

	/** An empty form whose change takes effect today. */
	private UnitForm formOfToday() {
		UnitForm form = new UnitForm();
		form.setEffectiveDate(PageDates.format(VietnamTime.today(this.clock)));
		return form;
	}

	// Establish

	@GetMapping("/units/new")
	String newForm(@RequestParam(required = false) Long parent, Model model) {
		UnitForm form = formOfToday();
		form.setParentId(parent == null ? null : String.valueOf(parent));
		return newView(form, model);
	}

	@PostMapping("/units/new")
	String create(@ModelAttribute("form") UnitForm form, BindingResult errors, Model model, RedirectAttributes flash) {
		String code = UnitInput.code(errors, "code", form.getCode());
		UnitKind kind = UnitInput.kind(errors, "kind", form.getKind());
		String name = UnitInput.name(errors, "name", form.getName(), UnitInput.NAME_MAX, true);
		String shortName = UnitInput.name(errors, "shortName", form.getShortName(), UnitInput.SHORT_NAME_MAX, false);
		Long parentId = UnitInput.id(errors, "parentId", form.getParentId());
		LocalDate date = UnitInput.pageDate(errors, "effectiveDate", form.getEffectiveDate(), null);
		String decisionRef = UnitFormSupport.decision(errors, form);
		String note = UnitFormSupport.note(errors, form);
		return this.forms.submit(errors, () -> newView(form, model), () -> {
			UnitDto created = this.service
				.create(new CreateUnitCmd(code, kind, name, shortName, parentId, null, date, decisionRef, note));
			return this.forms.done(flash, created.id(), "unit.created", created.name());
		});
	}

	private String newView(UnitForm form, Model model) {
		Caller caller = CurrentCaller.require();
		UnitScope scope = this.scopes.of(caller);
		Long parentId = UnitPages.parseId(form.getParentId());
		UnitDto parent = parentId == null ? null : this.queries.find(parentId, scope).orElse(null);
		Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
		for (UnitKind k : UnitKind.values()) {
			if (this.permissions.mayWriteKind(caller, k)
					&& KindPlacementPolicy.allows(k, parent == null ? null : parent.kind())) {
				kinds.add(k);
			}
		}
		model.addAttribute("form", form);
		model.addAttribute("parent", parent);
		model.addAttribute("kinds", kinds);
		return "organisation/new";
	}

	// Rename

	@GetMapping("/units/{id}/rename")
	String renameForm(@PathVariable long id, Model model) {
		UnitDto unit = this.forms.unit(id);
		UnitForm form = formOfToday();
		form.setName(unit.name());
		form.setShortName(unit.shortName());
		return UnitFormSupport.view("organisation/rename", unit, form, model);
	}

	@PostMapping("/units/{id}/rename")
	String rename(@PathVariable long id, @ModelAttribute("form") UnitForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		UnitDto unit = this.forms.unit(id);
		String name = UnitInput.name(errors, "name", form.getName(), UnitInput.NAME_MAX, true);
		String shortName = UnitInput.name(errors, "shortName", form.getShortName(), UnitInput.SHORT_NAME_MAX, false);
		LocalDate date = UnitInput.pageDate(errors, "effectiveDate", form.getEffectiveDate(), null);
		String decisionRef = UnitFormSupport.decision(errors, form);
		String note = UnitFormSupport.note(errors, form);
		return this.forms.submit(errors, () -> UnitFormSupport.view("organisation/rename", unit, form, model), () -> {
			UnitDto renamed = this.service
				.rename(new RenameUnitCmd(id, name, shortName == null ? "" : shortName, date, decisionRef, note));
			return this.forms.done(flash, id, "unit.renamed", renamed.name());
		});
	}

	// Move

	@GetMapping("/units/{id}/move")
	String moveForm(@PathVariable long id, Model model) {
		UnitForm form = formOfToday();
		return moveView(this.forms.unit(id), form, model);
	}

	@GetMapping("/units/{id}/move/targets")
	String moveTargets(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
		String folded = VietnameseText.fold(q);
		model.addAttribute("targets",
				targets(this.forms.unit(id)).stream()
					.filter((u) -> folded.isEmpty() || VietnameseText.fold(u.name() + " " + u.code()).contains(folded))
					.toList());
		model.addAttribute("selected", null);
		return "organisation/move :: options";
	}

	@PostMapping("/units/{id}/move")
	String move(@PathVariable long id, @ModelAttribute("form") UnitForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		UnitDto unit = this.forms.unit(id);
		Long parentId = UnitInput.id(errors, "parentId", form.getParentId());
		if (parentId == null && !CurrentCaller.require().isAdmin() && !errors.hasFieldErrors("parentId")) {
			errors.rejectValue("parentId", "unit.input.required");
		}
		LocalDate date = UnitInput.pageDate(errors, "effectiveDate", form.getEffectiveDate(), null);
		String decisionRef = UnitFormSupport.decision(errors, form);
		String note = UnitFormSupport.note(errors, form);
		return this.forms.submit(errors, () -> moveView(unit, form, model), () -> {
			this.service.move(new MoveUnitCmd(id, parentId, date, decisionRef, note));
			return this.forms.done(flash, id, "unit.moved", unit.name());
		});
	}

	private String moveView(UnitDto unit, UnitForm form, Model model) {
		UnitScope scope = this.scopes.current();
		model.addAttribute("targets", targets(unit));
		model.addAttribute("selected", form.getParentId());
		model.addAttribute("parent",
				unit.parentId() == null ? null : this.queries.find(unit.parentId(), scope).orElse(null));
		model.addAttribute("mayBeRoot", CurrentCaller.require().isAdmin() && unit.kind().mayBeRoot());
		return UnitFormSupport.view("organisation/move", unit, form, model);
	}

	private List<UnitDto> targets(UnitDto unit) {
		Caller caller = CurrentCaller.require();
		UnitScope scope = this.scopes.of(caller);
		return this.queries.moveTargets(unit, scope)
			.stream()
			.filter((p) -> this.permissions.mayWrite(caller, scope, p))
			.toList();
	}

	// Merge

	@GetMapping("/units/merge")
	String mergeForm(@RequestParam(required = false) Long target, @RequestParam(required = false) UnitFamily family,
			Model model) {
		UnitForm form = formOfToday();
		if (target != null) {
			UnitDto t = this.forms.unit(target);
			form.setTargetId(String.valueOf(t.id()));
			family = t.kind().family();
		}
		return mergeView(form, family == null ? UnitFamily.PARTY : family, model);
	}

	@PostMapping("/units/merge")
	String merge(@RequestParam(defaultValue = "PARTY") UnitFamily family, @ModelAttribute("form") UnitForm form,
			BindingResult errors, Model model, RedirectAttributes flash) {
		if (form.getSourceIds().isEmpty()) {
			errors.rejectValue("sourceIds", "unit.merge.noSources");
		}
		boolean createNew = "new".equals(form.getTargetMode());
		Long targetId = createNew ? null : UnitInput.id(errors, "targetId", form.getTargetId());
		if (!createNew && targetId == null && !errors.hasFieldErrors("targetId")) {
			errors.rejectValue("targetId", "unit.input.required");
		}
		MergeUnitsCmd.NewTarget newTarget = !createNew ? null
				: new MergeUnitsCmd.NewTarget(UnitInput.code(errors, "code", form.getCode()),
						UnitInput.kind(errors, "kind", form.getKind()),
						UnitInput.name(errors, "name", form.getName(), UnitInput.NAME_MAX, true),
						UnitInput.name(errors, "shortName", form.getShortName(), UnitInput.SHORT_NAME_MAX, false),
						UnitInput.id(errors, "parentId", form.getParentId()));
		LocalDate date = UnitInput.pageDate(errors, "effectiveDate", form.getEffectiveDate(), null);
		String decisionRef = UnitFormSupport.decision(errors, form);
		String note = UnitFormSupport.note(errors, form);
		return this.forms.submit(errors, () -> mergeView(form, family, model), () -> {
			UnitDto merged = this.service
				.merge(new MergeUnitsCmd(form.getSourceIds(), targetId, newTarget, date, decisionRef, note));
			return this.forms.done(flash, merged.id(), "unit.merged", merged.name());
		});
	}

	private String mergeView(UnitForm form, UnitFamily family, Model model) {
		Caller caller = CurrentCaller.require();
		UnitScope scope = this.scopes.of(caller);
		List<UnitDto> units = this.queries.list(scope, null, UnitKind.of(family), false);
		model.addAttribute("form", form);
		model.addAttribute("family", family);
		model.addAttribute("sources",
				units.stream().filter((u) -> this.permissions.mayRestructure(caller, scope, u)).toList());
		model.addAttribute("targets",
				units.stream().filter((u) -> this.permissions.mayWrite(caller, scope, u)).toList());
		model.addAttribute("parents",
				units.stream()
					.filter((u) -> u.kind().mayHaveChildren() && this.permissions.mayWrite(caller, scope, u))
					.toList());
		model.addAttribute("kinds", UnitKind.of(family));
		model.addAttribute("families", UnitFamily.values());
		model.addAttribute("isAdmin", caller.isAdmin());
		return "organisation/merge";
	}

	// Close

	@GetMapping("/units/{id}/close")
	String closeForm(@PathVariable long id, Model model) {
		UnitForm form = formOfToday();
		return closeView(this.forms.unit(id), form, model);
	}

	@PostMapping("/units/{id}/close")
	String close(@PathVariable long id, @ModelAttribute("form") UnitForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		UnitDto unit = this.forms.unit(id);
		LocalDate date = UnitInput.pageDate(errors, "effectiveDate", form.getEffectiveDate(), null);
		String decisionRef = UnitFormSupport.decision(errors, form);
		String note = UnitFormSupport.note(errors, form);
		return this.forms.submit(errors, () -> closeView(unit, form, model), () -> {
			this.service.close(new CloseUnitCmd(id, date, decisionRef, note));
			return this.forms.done(flash, id, "unit.closedDone", unit.name());
		});
	}

	private String closeView(UnitDto unit, UnitForm form, Model model) {
		model.addAttribute("openChildren", this.queries.children(unit.id(), this.scopes.current(), false).size());
		return UnitFormSupport.view("organisation/close", unit, form, model);
	}

	// Shared

}
