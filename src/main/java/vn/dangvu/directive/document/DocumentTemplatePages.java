package vn.dangvu.directive.document;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.directive.DocumentType;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.text.Messages;
import vn.dangvu.platform.web.PageForms;

/** The office's template page: one unit, one type (or every type) at a time. */
@Controller
@RequiredArgsConstructor
class DocumentTemplatePages {

	private static final String PATH = "/directives/documents/templates";

	private final DocumentTemplates templates;

	private final PartyDocuments documents;

	private final Messages messages;

	private final PageForms forms;

	@GetMapping(PATH)
	String edit(@RequestParam(required = false) Long unit, @RequestParam(required = false) String type, Model model) {
		long unitId = unitId(unit);
		DocumentType t = PartyDocumentPages.parseType(type);
		return view(unitId, t, TemplateForm.of(this.templates.forEditing(unitId, t)), model);
	}

	@PostMapping(PATH)
	String save(@RequestParam long unit, @RequestParam(required = false) String type,
			@ModelAttribute("form") TemplateForm form, BindingResult errors, Model model, RedirectAttributes flash) {
		long unitId = unitId(unit);
		DocumentType t = PartyDocumentPages.parseType(type);
		return this.forms.submitKeepingStatus(errors, () -> {
			this.templates.save(unitId, t, form.toValues(), form.getVersion());
			flash.addFlashAttribute("flashMessage", this.messages.text("directive.document.template.saved"));
			return "redirect:" + PATH + "?unit=" + unitId + "&type=" + (t == null ? "" : t.name());
		}, () -> view(unitId, t, form, model));
	}

	private String view(long unitId, DocumentType type, TemplateForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("unitId", unitId);
		model.addAttribute("type", type == null ? "" : type.name());
		model.addAttribute("units", this.documents.units());
		model.addAttribute("types", PartyDocuments.partyTypes());
		model.addAttribute("ownTypes", this.templates.typesWithOwnTemplate(unitId));
		model.addAttribute("stored", this.templates.forEditing(unitId, type).stored());
		return "directive/document/templates";
	}

	private long unitId(Long unit) {
		if (!DocumentTemplates.mayEdit(CurrentCaller.require())) {
			throw new NotFoundException("directive.document.template.notFound", "");
		}
		List<DocumentUnits.Unit> units = this.documents.units();
		if (units.isEmpty()) {
			throw new NotFoundException("directive.document.unit.none");
		}
		if (unit == null) {
			return units.get(0).id();
		}
		return units.stream()
			.filter((u) -> u.id() == unit)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("directive.document.unit.notFound", unit))
			.id();
	}

}
