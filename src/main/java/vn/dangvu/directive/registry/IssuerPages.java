package vn.dangvu.directive.registry;

import java.util.LinkedHashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.directive.Issuer;
import vn.dangvu.directive.input.PageInput;
import vn.dangvu.directive.visibility.Visibility;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.text.Messages;
import vn.dangvu.platform.web.PageForms;

/** The issuer catalogue: list, add, edit, deactivate. */
@Controller
@RequiredArgsConstructor
class IssuerPages {

	private final IssuerCatalogue registry;

	private final Messages messages;

	private final PageForms forms;

	@GetMapping("/directives/issuers")
	String list(Model model) {
		return view(new LinkedHashMap<>(), Map.of(), model);
	}

	private String view(Map<String, String> form, Map<String, String> errors, Model model) {
		Caller caller = CurrentCaller.require();
		model.addAttribute("issuers", this.registry.issuers(false));
		model.addAttribute("levels", Issuer.LEVELS);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("mayEdit", Visibility.mayEditIssuers(caller));
		return "directive/issuers";
	}

	@PostMapping("/directives/issuers")
	String save(@RequestParam Map<String, String> params, Model model, RedirectAttributes flash) {
		Map<String, String> form = new LinkedHashMap<>(params);
		Long issuer = issuerId(form.get("id"));
		Map<String, String> errors = new LinkedHashMap<>();
		return this.forms.submitKeepingStatus(errors, "form", () -> {
			Issuer saved = this.registry.saveIssuer(issuer, form.get("code"), form.get("fullName"), form.get("level"),
					null, issuer == null ? Boolean.TRUE : null, CurrentCaller.require());
			flash.addFlashAttribute("flashMessage",
					this.messages.text("directive.issuer.saved", saved.code(), saved.fullName()));
			return "redirect:/directives/issuers";
		}, () -> view(form, errors, model));
	}

	@GetMapping("/directives/issuers/{id}")
	String edit(@PathVariable long id, Model model) {
		Issuer i = this.registry.issuer(id).orElseThrow(() -> NotFoundException.of("directiveIssuer", id));
		Map<String, String> form = new LinkedHashMap<>();
		form.put("id", String.valueOf(i.id()));
		form.put("code", i.code());
		form.put("fullName", i.fullName());
		form.put("level", i.level());
		return view(form, Map.of(), model);
	}

	@PostMapping("/directives/issuers/{id}/active")
	String active(@PathVariable long id, @RequestParam(defaultValue = "false") boolean active,
			RedirectAttributes flash) {
		Issuer i = this.registry.issuer(id).orElseThrow(() -> NotFoundException.of("directiveIssuer", id));
		this.registry.saveIssuer(id, i.code(), i.fullName(), i.level(), i.style(), active, CurrentCaller.require());
		flash.addFlashAttribute("flashMessage", this.messages.text("directive.issuer.saved", i.code(), i.fullName()));
		return "redirect:/directives/issuers";
	}

	/** The id of the issuer edited, null for a new one; not a number names no issuer. */
	private static Long issuerId(String text) {
		try {
			return PageInput.blank(text) ? null : Long.valueOf(text);
		}
		catch (NumberFormatException ex) {
			throw NotFoundException.of("directiveIssuer", text);
		}
	}

}
