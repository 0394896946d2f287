package vn.dangvu.people.record;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.people.scope.PersonScope;
import vn.dangvu.platform.error.ConflictException;
import vn.dangvu.platform.error.DomainException;
import vn.dangvu.platform.policy.Verdict;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.text.Messages;
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.platform.web.PageForms;

/** Creating and editing a person; errors are shown beside their fields. */
@Controller
@RequestMapping("/people")
@RequiredArgsConstructor
class PersonFormController {

	private final PersonService people;

	private final PersonReads reads;

	private final PersonInput input;

	private final PeopleUnits units;

	private final MessageSource messages;

	private final Messages texts;

	private final Clock clock;

	private final PageForms forms;

	@GetMapping("/new")
	String newForm(Model model) {
		Caller caller = manager();
		PersonForm form = PersonForm.of(PersonService.withDefaults(PersonDraft.empty()), null);
		return form(model, caller, form, null);
	}

	@PostMapping
	String create(@ModelAttribute("form") PersonForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Caller caller = manager();
		PersonInput.Result read = this.input.read(form.values(), PersonDraft.empty());
		if (!read.ok()) {
			reject(errors, read.violations());
			return form(model, caller, form, null);
		}
		return this.forms.attempt(PersonRejected.class::isInstance, (ex) -> reject(errors, ex), () -> {
			long id = this.people.create(caller, read.draft());
			redirect.addFlashAttribute("flashMessage", text("person.created", read.draft().fullName()));
			return "redirect:/people/" + id;
		}, () -> form(model, caller, form, null));
	}

	@GetMapping("/{id:\\d+}/edit")
	String editForm(@PathVariable long id, Model model) {
		Caller caller = manager();
		PersonService.Stored stored = this.people.load(caller, id);
		return form(model, caller, PersonForm.of(stored.draft(), stored.version()), id);
	}

	@PostMapping("/{id:\\d+}")
	String update(@PathVariable long id, @ModelAttribute("form") PersonForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Caller caller = manager();
		this.people.load(caller, id);
		if (errors.hasFieldErrors("version")) {
			// The hidden version was tampered with: never save without the stale check.
			errors.reject("error.stale");
			return form(model, caller, form, id);
		}
		PersonInput.Result read = this.input.read(form.values(), PersonDraft.empty());
		if (!read.ok()) {
			reject(errors, read.violations());
			return form(model, caller, form, id);
		}
		return this.forms.attempt((ex) -> ex instanceof PersonRejected || ex instanceof ConflictException,
				(ex) -> reject(errors, ex), () -> {
					this.people.update(caller, id, read.draft(), form.getVersion());
					redirect.addFlashAttribute("flashMessage", text("person.updated", read.draft().fullName()));
					return "redirect:/people/" + id;
				}, () -> form(model, caller, form, id));
	}

	private String form(Model model, Caller caller, PersonForm form, Long id) {
		PersonScope scope = this.reads.scopeOf(caller);
		model.addAttribute("form", form);
		model.addAttribute("personId", id);
		model.addAttribute("sections",
				PersonFormFields.sections(this.texts,
						new PersonFormFields.Units(choices(scope, AffiliationKind.WORK, form.getWorkUnitId()),
								choices(scope, AffiliationKind.PARTY, form.getPartyUnitId()),
								choices(scope, AffiliationKind.UNION, form.getUnionUnitId()),
								choices(scope, AffiliationKind.YOUTH, form.getYouthUnitId()))));
		return "people/form";
	}

	/**
	 * Open units of the right kinds in scope, plus the current one if it closed since.
	 */
	private List<UnitRef> choices(PersonScope scope, AffiliationKind kind, String current) {
		List<UnitRef> list = new ArrayList<>(
				this.units.choices(scope.units(), kind.unitKinds(), VietnamTime.today(this.clock)));
		if (current != null && current.matches("\\d{1,18}")) {
			long id = Long.parseLong(current);
			if (list.stream().noneMatch((u) -> u.id() == id)) {
				this.units.find(id)
					.filter((u) -> scope.covers(u.path()) && kind.accepts(u.kind()))
					.ifPresent((u) -> list.add(0, u));
			}
		}
		return list;
	}

	/**
	 * Every violation of a refused person on its field, any other refusal (a stale
	 * version) as a global error.
	 */
	private static void reject(BindingResult errors, DomainException ex) {
		if (ex instanceof PersonRejected rejected) {
			reject(errors, rejected.violations());
		}
		else {
			errors.reject(ex.messageKey(), ex.args(), null);
		}
	}

	private static void reject(BindingResult errors, List<Verdict> violations) {
		for (Verdict v : violations) {
			if (PersonInput.FIELDS.contains(v.field()) && !"version".equals(v.field())) {
				errors.rejectValue(v.field(), v.messageKey(), v.args().toArray(), null);
			}
			else {
				errors.reject(v.messageKey(), v.args().toArray(), null);
			}
		}
	}

	private static Caller manager() {
		Caller caller = CurrentCaller.require();
		if (!caller.canManagePeople()) {
			throw new AccessDeniedException("person.write.denied");
		}
		return caller;
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
