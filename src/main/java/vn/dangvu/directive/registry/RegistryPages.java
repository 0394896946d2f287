package vn.dangvu.directive.registry;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.directive.DocumentPage;
import vn.dangvu.directive.DocumentQuery;
import vn.dangvu.directive.DocumentStatus;
import vn.dangvu.directive.DocumentType;
import vn.dangvu.directive.DocumentView;
import vn.dangvu.directive.Issuer;
import vn.dangvu.directive.NewDocument;
import vn.dangvu.directive.input.PageInput;
import vn.dangvu.directive.visibility.Visibility;
import vn.dangvu.platform.error.ConflictException;
import vn.dangvu.platform.error.DomainException;
import vn.dangvu.platform.error.NotPermittedException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.table.TableRequest;
import vn.dangvu.platform.table.TableSheet;
import vn.dangvu.platform.text.VietnameseText;
import vn.dangvu.platform.time.PageDates;
import vn.dangvu.platform.web.PageForms;

/** Registry pages: the list and search, registering a document. */
@Controller
@RequiredArgsConstructor
class RegistryPages {

	static final int PAGE_SIZE = 20;

	private final PageInput input;

	private final RegistrySearch search;

	private final RegistryService registry;

	private final IssuerCatalogue issuers;

	private final CommitteeTerms terms;

	private final AttachmentService attachments;

	private final TableSheet sheet;

	private final PageForms forms;

	@GetMapping("/directives")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
			@RequestParam(required = false) String issuer, @RequestParam(required = false) String year,
			@RequestParam(required = false) String status, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size,
			@RequestParam(required = false) String format, Model model, HttpServletResponse response)
			throws IOException {
		Caller caller = CurrentCaller.require();
		List<String> problems = new ArrayList<>();
		DocumentType t = choice(DocumentType.class, type, problems);
		DocumentStatus s = choice(DocumentStatus.class, status, problems);
		Long issuerId = number(issuer, problems);
		Long y = number(year, problems);
		SearchInput input = new SearchInput(q == null ? null : q.strip(), y);
		input.problems().forEach((p) -> problems.add(this.input.text(p)));
		String query = input.usableQ();
		TableRequest table = RegistrySearch.TABLE.request(page, size, legacySort(sort));
		DocumentQuery search = new DocumentQuery(query, t, issuerId, input.usableYear(), s, null, 0, PAGE_SIZE);
		if (TableSheet.wanted(format)) {
			this.sheet.write(RegistrySearch.TABLE, this.search.search(search, table.unpaged(), caller).items(),
					response);
			return null;
		}
		DocumentPage result = this.search.search(search, table, caller);
		model.addAttribute("result", result);
		model.addAttribute("table",
				RegistrySearch.TABLE.page(result.items(), result.total(), table.onPage(result.page())));
		model.addAttribute("problems", problems);
		model.addAttribute("q", query);
		model.addAttribute("type", t);
		model.addAttribute("issuerId", issuerId);
		model.addAttribute("year", y);
		model.addAttribute("status", s);
		model.addAttribute("types", DocumentType.values());
		model.addAttribute("statuses", DocumentStatus.values());
		model.addAttribute("issuers", this.issuers.issuers(false));
		model.addAttribute("mayRegister", Visibility.mayRegister(caller));
		model.addAttribute("isMember", caller.personId() != null);
		return "directive/list";
	}

	/** The sort names of the page before its headers sorted (old links keep working). */
	private static String legacySort(String sort) {
		if (sort == null) {
			return null;
		}
		return switch (sort) {
			case "date" -> "issueDate,desc";
			case "oldest" -> "issueDate,asc";
			case "citation" -> "citation,asc";
			default -> sort;
		};
	}

	<E extends Enum<E>> E choice(Class<E> type, String value, List<String> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			problems.add(this.input.text("directive.input.invalidChoice"));
			return null;
		}
	}

	Long number(String value, List<String> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(this.input.text("error.param.typeMismatch", value));
			return null;
		}
	}

	@GetMapping("/directives/new")
	String newForm(@RequestParam(required = false) String citation, @RequestParam(required = false) String date,
			@RequestParam(required = false) String issuerName, Model model) {
		Caller caller = CurrentCaller.require();
		if (!Visibility.mayRegister(caller)) {
			throw new NotPermittedException("directive.notPermitted");
		}
		Map<String, String> form = new LinkedHashMap<>();
		form.put("citation", citation == null ? "" : citation.strip());
		if (date != null) {
			try {
				form.put("issueDate", PageDates.format(PageDates.parse(date)));
			}
			catch (DateTimeParseException ex) {
				// a bad prefill is simply left out
			}
		}
		if (issuerName != null && !issuerName.isBlank()) {
			String folded = VietnameseText.fold(issuerName);
			this.issuers.issuers(true)
				.stream()
				.filter((i) -> VietnameseText.fold(i.fullName()).equals(folded))
				.findFirst()
				.or(() -> this.issuers.issuers(true)
					.stream()
					.filter((i) -> VietnameseText.fold(i.fullName()).contains(folded))
					.findFirst())
				.ifPresent((i) -> form.put("issuerId", String.valueOf(i.id())));
			form.putIfAbsent("newIssuerName", issuerName.strip());
		}
		return formView(form, Map.of(), model);
	}

	private String formView(Map<String, String> form, Map<String, String> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("types", DocumentType.values());
		model.addAttribute("issuers", this.issuers.issuers(true));
		model.addAttribute("levels", Issuer.LEVELS);
		model.addAttribute("terms", this.terms.terms());
		return "directive/form";
	}

	@PostMapping("/directives/new")
	String register(@RequestParam Map<String, String> params,
			@RequestParam(name = "fullTextFile", required = false) MultipartFile fullTextFile,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
			RedirectAttributes flash) throws IOException {
		Caller caller = CurrentCaller.require();
		Map<String, String> form = new LinkedHashMap<>(params);
		form.remove("_csrf");
		Map<String, String> errors = new LinkedHashMap<>();
		DocumentType type = type(form, errors);
		LocalDate issueDate = this.input.date(form, "issueDate", errors);
		LocalDate effectiveOn = this.input.date(form, "effectiveOn", errors);
		Long issuerId = this.input.id(form, "issuerId", errors);
		Long termId = this.input.id(form, "termId", errors);
		String fullText = fullText(form, fullTextFile, errors);
		if (!errors.isEmpty()) {
			return formView(form, errors, model);
		}
		return this.forms.attempt(PageForms::reshown, (ex) -> {
			errors.put((ex.field() != null) ? ex.field() : (ex instanceof ConflictException) ? "citation" : "form",
					this.input.text(ex));
			model.addAttribute("duplicateId", duplicateOf(ex));
		}, () -> {
			Long issuer = issuerId;
			if (issuer == null && !PageInput.blank(form.get("newIssuerCode"))) {
				issuer = this.issuers
					.saveIssuer(null, form.get("newIssuerCode"), form.get("newIssuerName"), form.get("newIssuerLevel"),
							null, true, caller)
					.id();
			}
			DocumentView created = this.registry.register(new NewDocument(form.get("citation"), type, issuer, issueDate,
					form.get("summary"), termId, effectiveOn, fullText, null), caller);
			attachAll(created.id(), files, caller);
			flash.addFlashAttribute("flashMessage", this.input.text("directive.registered", created.citation()));
			return "redirect:/directives/" + created.id();
		}, () -> formView(form, errors, model));
	}

	/**
	 * The registered document a citation conflict names (its id, the fourth argument).
	 */
	private static Long duplicateOf(DomainException ex) {
		return (ex instanceof ConflictException && ex.args() != null && ex.args().length > 3
				&& ex.args()[3] instanceof Long id) ? id : null;
	}

	private DocumentType type(Map<String, String> form, Map<String, String> errors) {
		if (!PageInput.blank(form.get("type"))) {
			try {
				return DocumentType.valueOf(form.get("type"));
			}
			catch (IllegalArgumentException ex) {
				errors.put("type", this.input.text("directive.input.invalidChoice"));
			}
		}
		return null;
	}

	/** The full text typed, or read from the uploaded file (shown back in the form). */
	private String fullText(Map<String, String> form, MultipartFile file, Map<String, String> errors)
			throws IOException {
		String fullText = form.get("fullText");
		if (file != null && !file.isEmpty()) {
			fullText = this.forms.attempt(PageForms::any, (ex) -> errors.put("fullTextFile", this.input.text(ex)),
					() -> {
						String read = FullTextFiles.extract(file.getOriginalFilename(), file.getBytes());
						form.put("fullText", read);
						return read;
					}, () -> form.get("fullText"));
		}
		return fullText;
	}

	private void attachAll(long documentId, List<MultipartFile> files, Caller caller) throws IOException {
		if (files != null) {
			for (MultipartFile f : files) {
				if (f != null && !f.isEmpty()) {
					this.attachments.attach(documentId, f.getOriginalFilename(), f.getContentType(), f.getBytes(),
							caller);
				}
			}
		}
	}

}
