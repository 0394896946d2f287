package vn.dangvu.directive.registry;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.directive.DocumentView;
import vn.dangvu.directive.LinkKind;
import vn.dangvu.directive.cascade.AssignmentQueries;
import vn.dangvu.directive.input.PageInput;
import vn.dangvu.directive.study.Study;
import vn.dangvu.directive.visibility.Visibility;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.time.PageDates;
import vn.dangvu.platform.web.Downloads;
import vn.dangvu.platform.web.PageForms;

/** One registered document: its page, editing, links and attachments. */
@Controller
@RequiredArgsConstructor
class DocumentPages {

	private final PageInput input;

	private final DocumentQueries documents;

	private final RegistrySearch search;

	private final RegistryService registry;

	private final CommitteeTerms terms;

	private final LinkService links;

	private final AttachmentService attachments;

	private final Study study;

	private final AssignmentQueries assignmentQueries;

	private final PageForms forms;

	@GetMapping("/directives/{id}")
	String show(@PathVariable long id, Model model) {
		Caller caller = CurrentCaller.require();
		DocumentView doc = this.documents.require(id, caller);
		model.addAttribute("doc", doc);
		model.addAttribute("mayEdit", this.documents.mayWrite(id, caller));
		model.addAttribute("removableLinks", this.links.removableLinks(doc, caller));
		model.addAttribute("mayAssign",
				Visibility.mayAssign(caller) && !this.assignmentQueries.holders(id, caller).isEmpty());
		model.addAttribute("assignments", this.assignmentQueries.assignmentsInScope(id, caller, 200));
		model.addAttribute("linkKinds", LinkKind.values());
		model.addAttribute("progress", caller.personId() == null || Visibility.mayRegister(caller)
				? this.study.progress(id, caller) : List.of());
		model.addAttribute("studyItem",
				this.study.forMember(caller).stream().filter((i) -> i.documentId() == id).findFirst().orElse(null));
		return "directive/show";
	}

	@GetMapping("/directives/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		Caller caller = CurrentCaller.require();
		DocumentView doc = this.documents.require(id, caller);
		this.documents.requireWritable(id, caller);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("summary", doc.summary());
		form.put("termId", doc.termId() == null ? "" : String.valueOf(doc.termId()));
		form.put("effectiveOn", PageDates.format(doc.effectiveOn()));
		form.put("fullText", doc.fullText() == null ? "" : doc.fullText());
		return editView(doc, form, Map.of(), model);
	}

	private String editView(DocumentView doc, Map<String, String> form, Map<String, String> errors, Model model) {
		model.addAttribute("doc", doc);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("terms", this.terms.terms());
		return "directive/edit";
	}

	@PostMapping("/directives/{id}/edit")
	String edit(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes flash) {
		Caller caller = CurrentCaller.require();
		DocumentView doc = this.documents.require(id, caller);
		Map<String, String> form = new LinkedHashMap<>(params);
		Map<String, String> errors = new LinkedHashMap<>();
		Long termId = this.input.id(form, "termId", errors);
		LocalDate effectiveOn = this.input.date(form, "effectiveOn", errors);
		if (!errors.isEmpty()) {
			return editView(doc, form, errors, model);
		}
		return this.forms.submitKeepingStatus(errors, "form", () -> {
			this.registry.update(id, form.get("summary"), termId, effectiveOn, form.get("fullText"), caller);
			flash.addFlashAttribute("flashMessage", this.input.text("common.saved"));
			return "redirect:/directives/" + id;
		}, () -> editView(doc, form, errors, model));
	}

	@PostMapping("/directives/{id}/links")
	String link(@PathVariable long id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String citation, @RequestParam(required = false) String effectiveOn,
			RedirectAttributes flash) {
		Caller caller = CurrentCaller.require();
		this.documents.requireWritable(id, caller);
		String back = "redirect:/directives/" + id;
		try {
			LinkKind k = LinkKind.valueOf(kind == null ? "" : kind);
			LocalDate eff = PageInput.blank(effectiveOn) ? null : PageDates.parse(effectiveOn);
			// an unknown citation is told on the page; the document itself gone is the
			// 404 page
			return this.forms.attempt(
					(ex) -> !(ex instanceof NotFoundException && ex.messageKey().equals("error.notFound.directive")),
					(ex) -> flash.addFlashAttribute("linkError", this.input.text(ex)), () -> {
						this.links.link(id, this.search.findByCitation(citation, caller), k, eff, caller);
						flash.addFlashAttribute("flashMessage", this.input.text("directive.link.added"));
						return back;
					}, () -> back);
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			flash.addFlashAttribute("linkError", this.input.text("directive.input.invalidChoice"));
			return back;
		}
	}

	@PostMapping("/directives/{id}/links/{linkId}/delete")
	String unlink(@PathVariable long id, @PathVariable long linkId, RedirectAttributes flash) {
		this.links.unlink(id, linkId, CurrentCaller.require());
		flash.addFlashAttribute("flashMessage", this.input.text("directive.link.removed"));
		return "redirect:/directives/" + id;
	}

	@PostMapping("/directives/{id}/attachments")
	String attach(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes flash) throws IOException {
		Caller caller = CurrentCaller.require();
		this.documents.requireVisible(id, caller);
		String back = "redirect:/directives/" + id;
		if (file == null || file.isEmpty()) {
			flash.addFlashAttribute("attachError", this.input.text("directive.attachment.empty"));
			return back;
		}
		byte[] bytes = file.getBytes();
		return this.forms.attempt(PageForms.allBut(HttpStatus.FORBIDDEN),
				(ex) -> flash.addFlashAttribute("attachError", this.input.text(ex)), () -> {
					this.attachments.attach(id, file.getOriginalFilename(), file.getContentType(), bytes, caller);
					flash.addFlashAttribute("flashMessage", this.input.text("directive.attachment.added"));
					return back;
				}, () -> back);
	}

	@GetMapping("/directives/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
		AttachmentService.AttachmentContent a = this.attachments.attachment(id, attachmentId, CurrentCaller.require());
		return Downloads.file(a.content(), a.fileName(), MediaType.parseMediaType(a.contentType()));
	}

}
