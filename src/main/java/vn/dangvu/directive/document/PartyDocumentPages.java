package vn.dangvu.directive.document;

import java.util.List;
import java.util.function.Supplier;

import lombok.RequiredArgsConstructor;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.directive.DocumentType;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.text.Messages;
import vn.dangvu.platform.web.Downloads;
import vn.dangvu.platform.web.PageForms;

/**
 * Pages for Party-format documents: list, draft form, preview, issue with confirmation,
 * DOCX and PDF downloads.
 */
@Controller
@RequestMapping("/directives/documents")
@RequiredArgsConstructor
class PartyDocumentPages {

	private static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final PartyDocuments documents;

	private final DocumentRegistration registration;

	private final Messages messages;

	private final PageForms forms;

	@GetMapping
	String list(@RequestParam(required = false) String type, @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		requireWriter();
		DocumentType t = parseType(type);
		PartyDocument.Status s = parseStatus(status);
		model.addAttribute("page", this.documents.list(t, s, page));
		model.addAttribute("types", PartyDocuments.partyTypes());
		model.addAttribute("type", t == null ? "" : t.name());
		model.addAttribute("status", s == null ? "" : s.name());
		model.addAttribute("baseUrl",
				"/directives/documents?type=" + (t == null ? "" : t.name()) + "&status=" + (s == null ? "" : s.name()));
		model.addAttribute("mayEditTemplates", DocumentTemplates.mayEdit(CurrentCaller.require()));
		return "directive/document/list";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long unit, @RequestParam(required = false) String type,
			Model model) {
		requireWriter();
		List<DocumentUnits.Unit> units = this.documents.units();
		if (units.isEmpty()) {
			throw new NotFoundException("directive.document.unit.none");
		}
		long unitId = unit != null && units.stream().anyMatch((u) -> u.id() == unit) ? unit : units.get(0).id();
		DocumentType t = parseType(type);
		DocumentDraft draft = this.documents.startingDraft(unitId, t == null ? DocumentType.PLAN : t);
		return formView(DocumentForm.of(draft, null, 0), null, model);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") DocumentForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		requireWriter();
		return submit(form, errors, () -> formView(form, null, model), () -> {
			long id = this.documents.create(form.toDraft(implementsId(form)));
			return done(flash, id, "directive.document.created");
		});
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		PartyDocument doc = this.documents.get(id);
		model.addAttribute("doc", doc);
		model.addAttribute("layout", DocumentLayout.of(doc));
		return "directive/document/show";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		PartyDocument doc = draft(id);
		return formView(DocumentForm.of(doc.toDraft(), doc.implementsCitation(), doc.version()), doc, model);
	}

	@PostMapping("/{id}/edit")
	String edit(@PathVariable long id, @ModelAttribute("form") DocumentForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		PartyDocument doc = draft(id);
		form.setUnitId(doc.unitId());
		return submit(form, errors, () -> formView(form, doc, model), () -> {
			this.documents.update(id, form.toDraft(implementsId(form)), form.getVersion());
			return done(flash, id, "directive.document.saved");
		});
	}

	@GetMapping("/{id}/issue")
	String issueConfirm(@PathVariable long id, Model model) {
		PartyDocument doc = draft(id);
		model.addAttribute("doc", doc);
		return this.forms.attempt(PageForms::any, (ex) -> model.addAttribute("problem", this.messages.text(ex)), () -> {
			model.addAttribute("preview", this.documents.previewIssue(id));
			return "directive/document/issue";
		}, () -> "directive/document/issue");
	}

	@PostMapping("/{id}/issue")
	String issue(@PathVariable long id, RedirectAttributes flash) {
		return this.forms.act(flash,
				() -> done(flash, id, "directive.document.issued", this.documents.issue(id).citation()),
				"redirect:/directives/documents/" + id);
	}

	@GetMapping("/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		PartyDocument doc = this.documents.get(id);
		return download(PdfRendering.render(DocumentLayout.of(doc)), fileName(doc, "pdf"), MediaType.APPLICATION_PDF);
	}

	@GetMapping("/{id}/docx")
	ResponseEntity<byte[]> docx(@PathVariable long id) {
		PartyDocument doc = this.documents.get(id);
		return download(DocxRendering.render(DocumentLayout.of(doc)), fileName(doc, "docx"), DOCX);
	}

	private ResponseEntity<byte[]> download(byte[] bytes, String name, MediaType type) {
		return Downloads.file(bytes, name, type);
	}

	/** "448-KH-ĐU.pdf" once issued, "du-thao-12.pdf" for a draft. */
	static String fileName(PartyDocument doc, String extension) {
		String base = doc.citation() == null ? "du-thao-" + doc.id() : doc.citation().replace('/', '-');
		return base + "." + extension;
	}

	private String formView(DocumentForm form, PartyDocument doc, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("doc", doc);
		model.addAttribute("units", this.documents.units());
		model.addAttribute("types", PartyDocuments.partyTypes());
		return "directive/document/form";
	}

	private PartyDocument draft(long id) {
		PartyDocument doc = this.documents.get(id);
		if (!doc.isDraft()) {
			throw new NotFoundException("directive.document.notDraft", id);
		}
		return doc;
	}

	private Long implementsId(DocumentForm form) {
		String c = form.getImplementsCitation();
		if (c == null || c.isBlank()) {
			return null;
		}
		return this.registration.findByCitation(c)
			.orElseThrow(() -> RuleViolationException.onField("implementsCitation",
					"directive.document.implements.unknown", c.strip()));
	}

	private String submit(DocumentForm form, BindingResult errors, Supplier<String> formView, Supplier<String> change) {
		if (form.documentType() == null) {
			errors.rejectValue("type", "directive.document.type.invalid");
		}
		if (form.parsedDate() == null) {
			errors.rejectValue("date", "directive.document.date.invalid");
		}
		if (errors.hasErrors()) {
			return formView.get();
		}
		return this.forms
			.attempt(PageForms::any,
					(ex) -> PageForms.reject(errors, ex,
							"implementsId".equals(ex.field()) ? "implementsCitation" : ex.field()),
					change::get, formView);
	}

	private String done(RedirectAttributes flash, long id, String key, Object... args) {
		flash.addFlashAttribute("flashMessage", this.messages.text(key, args));
		return "redirect:/directives/documents/" + id;
	}

	private static void requireWriter() {
		if (!PartyDocuments.mayWrite(CurrentCaller.require())) {
			throw new NotFoundException("directive.document.notFound", "");
		}
	}

	static DocumentType parseType(String type) {
		if (type == null || type.isBlank()) {
			return null;
		}
		try {
			DocumentType t = DocumentType.valueOf(type);
			return t.partyCode() == null ? null : t;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static PartyDocument.Status parseStatus(String status) {
		try {
			return status == null || status.isBlank() ? null : PartyDocument.Status.valueOf(status);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
