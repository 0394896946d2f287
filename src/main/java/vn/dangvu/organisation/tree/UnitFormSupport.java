package vn.dangvu.organisation.tree;

import java.util.function.Supplier;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.organisation.UnitDto;
import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.platform.web.PageForms;

/**
 * What every form of {@link UnitFormPages} does alike: find the unit in scope, read the
 * decision and note, run the change or put its refusal on the form, redirect with a
 * message.
 */
@Component
@RequiredArgsConstructor
class UnitFormSupport {

	private final UnitQueries queries;

	private final UnitScopes scopes;

	private final MessageSource messages;

	private final PageForms forms;

	UnitDto unit(long id) {
		return this.queries.require(id, this.scopes.current());
	}

	static String view(String name, UnitDto unit, UnitForm form, Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("form", form);
		return name;
	}

	static String decision(BindingResult errors, UnitForm form) {
		return UnitInput.name(errors, "decisionRef", form.getDecisionRef(), UnitInput.DECISION_MAX, false);
	}

	static String note(BindingResult errors, UnitForm form) {
		return UnitInput.text(errors, "note", form.getNote(), UnitInput.NOTE_MAX, false);
	}

	/**
	 * Runs the change when the input is complete; a refused change comes back onto the
	 * form, on its field when the form has one.
	 */
	String submit(BindingResult errors, Supplier<String> formView, Supplier<String> change) {
		if (errors.hasErrors()) {
			return formView.get();
		}
		return this.forms.attempt(PageForms::any,
				(ex) -> PageForms.reject(errors, ex, "establishedOn".equals(ex.field()) ? "effectiveDate" : ex.field()),
				change::get, formView);
	}

	String done(RedirectAttributes flash, long unitId, String key, Object... args) {
		flash.addFlashAttribute("flashMessage", this.messages.getMessage(key, args, LocaleContextHolder.getLocale()));
		return "redirect:/units/" + unitId;
	}

}
