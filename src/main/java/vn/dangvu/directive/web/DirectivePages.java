package vn.dangvu.directive.web;

import java.time.Clock;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

import vn.dangvu.directive.ActionKind;
import vn.dangvu.directive.ActionRecord;
import vn.dangvu.directive.AssignmentResult;
import vn.dangvu.directive.CitationParse;
import vn.dangvu.directive.Citations;
import vn.dangvu.directive.DocumentPage;
import vn.dangvu.directive.DocumentQuery;
import vn.dangvu.directive.DocumentStatus;
import vn.dangvu.directive.DocumentType;
import vn.dangvu.directive.DocumentView;
import vn.dangvu.directive.DuePeriod;
import vn.dangvu.directive.Issuer;
import vn.dangvu.directive.LinkKind;
import vn.dangvu.directive.NewAssignment;
import vn.dangvu.directive.NewDocument;
import vn.dangvu.directive.Obligation;
import vn.dangvu.directive.domain.Cascade;
import vn.dangvu.directive.domain.Registry;
import vn.dangvu.directive.domain.Study;
import vn.dangvu.directive.domain.Today;
import vn.dangvu.platform.error.ConflictException;
import vn.dangvu.platform.error.DomainException;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.security.Role;
import vn.dangvu.platform.table.TableRequest;
import vn.dangvu.platform.table.TableSheet;
import vn.dangvu.platform.text.VietnameseText;
import vn.dangvu.platform.time.PageDates;
import vn.dangvu.platform.time.VietnamTime;

/**
 * Registry pages: list and search, register, one document with its links and attachments.
 */
@Controller
class DirectivePages {

	static final int PAGE_SIZE = 20;

	private final Registry registry;

	private final Cascade cascade;

	private final Study study;

	private final MessageSource messages;

	private final TableSheet sheet;

	private final Clock clock;

	DirectivePages(Registry registry, Cascade cascade, Study study, MessageSource messages, TableSheet sheet,
			Clock clock) {
		this.sheet = sheet;
		this.registry = registry;
		this.cascade = cascade;
		this.study = study;
		this.messages = messages;
		this.clock = clock;
	}

	String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	String text(DomainException ex) {
		return text(ex.messageKey(), ex.args());
	}

	static boolean mayRegister(Caller caller) {
		return caller.hasAny(Role.ADMIN, Role.COMMITTEE_OFFICE, Role.CELL_SECRETARY);
	}

	static boolean mayAssign(Caller caller) {
		return caller.hasAny(Role.ADMIN, Role.COMMITTEE_OFFICE);
	}

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
		String query = q == null ? null : q.strip();
		if (query != null && query.length() > 200) {
			query = query.substring(0, 200);
		}
		TableRequest table = Registry.TABLE.request(page, size, legacySort(sort));
		DocumentQuery search = new DocumentQuery(query, t, issuerId,
				y == null || y < 1930 || y > 2100 ? null : y.intValue(), s, null, 0, PAGE_SIZE);
		if (TableSheet.wanted(format)) {
			this.sheet.write(Registry.TABLE, this.registry.search(search, table.unpaged(), caller).items(), response);
			return null;
		}
		DocumentPage result = this.registry.search(search, table, caller);
		model.addAttribute("result", result);
		model.addAttribute("table", Registry.TABLE.page(result.items(), result.total(), table.onPage(result.page())));
		model.addAttribute("problems", problems);
		model.addAttribute("q", query);
		model.addAttribute("type", t);
		model.addAttribute("issuerId", issuerId);
		model.addAttribute("year", y);
		model.addAttribute("status", s);
		model.addAttribute("types", DocumentType.values());
		model.addAttribute("statuses", DocumentStatus.values());
		model.addAttribute("issuers", this.registry.issuers(false));
		model.addAttribute("mayRegister", mayRegister(caller));
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

	static String enc(String s) {
		return java.net.URLEncoder.encode(s == null ? "" : s, java.nio.charset.StandardCharsets.UTF_8);
	}

	<E extends Enum<E>> E choice(Class<E> type, String value, List<String> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			problems.add(text("directive.input.invalidChoice"));
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
			problems.add(text("error.param.typeMismatch", value));
			return null;
		}
	}

	// register

	@GetMapping("/directives/new")
	String newForm(@RequestParam(required = false) String citation, @RequestParam(required = false) String date,
			@RequestParam(required = false) String issuerName, Model model) {
		Caller caller = CurrentCaller.require();
		if (!mayRegister(caller)) {
			throw new vn.dangvu.directive.domain.NotPermittedException("directive.notPermitted");
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
			this.registry.issuers(true)
				.stream()
				.filter((i) -> VietnameseText.fold(i.fullName()).equals(folded))
				.findFirst()
				.or(() -> this.registry.issuers(true)
					.stream()
					.filter((i) -> VietnameseText.fold(i.fullName()).contains(folded))
					.findFirst())
				.ifPresent((i) -> form.put("issuerId", String.valueOf(i.id())));
			form.putIfAbsent("newIssuerName", issuerName.strip());
		}
		return formView(form, Map.of(), null, model);
	}

	private String formView(Map<String, String> form, Map<String, String> errors, Long duplicateId, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("duplicateId", duplicateId);
		model.addAttribute("types", DocumentType.values());
		model.addAttribute("issuers", this.registry.issuers(true));
		model.addAttribute("levels", Issuer.LEVELS);
		model.addAttribute("terms", this.registry.terms());
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
		DocumentType type = null;
		if (!blank(form.get("type"))) {
			try {
				type = DocumentType.valueOf(form.get("type"));
			}
			catch (IllegalArgumentException ex) {
				errors.put("type", text("directive.input.invalidChoice"));
			}
		}
		LocalDate issueDate = date(form, "issueDate", errors);
		LocalDate effectiveOn = date(form, "effectiveOn", errors);
		Long issuerId = id(form, "issuerId", errors);
		Long termId = id(form, "termId", errors);
		String fullText = form.get("fullText");
		if (fullTextFile != null && !fullTextFile.isEmpty()) {
			try {
				fullText = FullTextFiles.extract(fullTextFile.getOriginalFilename(), fullTextFile.getBytes());
				form.put("fullText", fullText);
			}
			catch (DomainException ex) {
				errors.put("fullTextFile", text(ex));
			}
		}
		if (!errors.isEmpty()) {
			return formView(form, errors, null, model);
		}
		try {
			if (issuerId == null && !blank(form.get("newIssuerCode"))) {
				issuerId = this.registry
					.saveIssuer(null, form.get("newIssuerCode"), form.get("newIssuerName"), form.get("newIssuerLevel"),
							null, true, caller)
					.id();
			}
			DocumentView created = this.registry.register(new NewDocument(form.get("citation"), type, issuerId,
					issueDate, form.get("summary"), termId, effectiveOn, fullText, null), caller);
			if (files != null) {
				for (MultipartFile f : files) {
					if (f != null && !f.isEmpty()) {
						this.registry.attach(created.id(), f.getOriginalFilename(), f.getContentType(), f.getBytes(),
								caller);
					}
				}
			}
			flash.addFlashAttribute("flashMessage", text("directive.registered", created.citation()));
			return "redirect:/directives/" + created.id();
		}
		catch (ConflictException ex) {
			errors.put(ex.field() == null ? "citation" : ex.field(), text(ex));
			Long dup = ex.args() != null && ex.args().length > 3 && ex.args()[3] instanceof Long l ? l : null;
			return formView(form, errors, dup, model);
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			if (ex.status().value() == 403) {
				throw ex;
			}
			errors.put(ex.field() == null ? "form" : ex.field(), text(ex));
			return formView(form, errors, null, model);
		}
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	LocalDate date(Map<String, String> form, String field, Map<String, String> errors) {
		String v = form.get(field);
		if (blank(v)) {
			return null;
		}
		try {
			return PageDates.parse(v);
		}
		catch (DateTimeParseException ex) {
			errors.put(field, text("error.field.typeMismatch"));
			return null;
		}
	}

	Long id(Map<String, String> form, String field, Map<String, String> errors) {
		String v = form.get(field);
		if (blank(v)) {
			return null;
		}
		try {
			return Long.valueOf(v.strip());
		}
		catch (NumberFormatException ex) {
			errors.put(field, text("error.field.typeMismatch"));
			return null;
		}
	}

	// one document

	@GetMapping("/directives/{id}")
	String show(@PathVariable long id, Model model) {
		Caller caller = CurrentCaller.require();
		DocumentView doc = this.registry.require(id, caller);
		model.addAttribute("doc", doc);
		model.addAttribute("mayEdit", this.registry.mayWrite(id, caller));
		model.addAttribute("removableLinks", this.registry.removableLinks(doc, caller));
		model.addAttribute("mayAssign", mayAssign(caller) && !this.cascade.holders(id, caller).isEmpty());
		model.addAttribute("assignments", this.cascade.assignmentsInScope(id, caller, 200));
		model.addAttribute("linkKinds", LinkKind.values());
		model.addAttribute("progress",
				caller.personId() == null || caller.hasAny(Role.ADMIN, Role.COMMITTEE_OFFICE, Role.CELL_SECRETARY)
						? this.study.progress(id, caller) : List.of());
		model.addAttribute("studyItem",
				this.study.forMember(caller).stream().filter((i) -> i.documentId() == id).findFirst().orElse(null));
		return "directive/show";
	}

	@GetMapping("/directives/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		Caller caller = CurrentCaller.require();
		DocumentView doc = this.registry.require(id, caller);
		this.registry.requireWritable(id, caller);
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
		model.addAttribute("terms", this.registry.terms());
		return "directive/edit";
	}

	@PostMapping("/directives/{id}/edit")
	String edit(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes flash) {
		Caller caller = CurrentCaller.require();
		DocumentView doc = this.registry.require(id, caller);
		Map<String, String> form = new LinkedHashMap<>(params);
		Map<String, String> errors = new LinkedHashMap<>();
		Long termId = id(form, "termId", errors);
		LocalDate effectiveOn = date(form, "effectiveOn", errors);
		if (errors.isEmpty()) {
			try {
				this.registry.update(id, form.get("summary"), termId, effectiveOn, form.get("fullText"), caller);
				flash.addFlashAttribute("flashMessage", text("common.saved"));
				return "redirect:/directives/" + id;
			}
			catch (DomainException ex) {
				if (ex.status().value() == 403 || ex.status().value() == 404) {
					throw ex;
				}
				errors.put(ex.field() == null ? "form" : ex.field(), text(ex));
			}
		}
		return editView(doc, form, errors, model);
	}

	@PostMapping("/directives/{id}/links")
	String link(@PathVariable long id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String citation, @RequestParam(required = false) String effectiveOn,
			RedirectAttributes flash) {
		Caller caller = CurrentCaller.require();
		this.registry.requireWritable(id, caller);
		try {
			LinkKind k = LinkKind.valueOf(kind == null ? "" : kind);
			LocalDate eff = blank(effectiveOn) ? null : PageDates.parse(effectiveOn);
			long target = findByCitation(citation, caller);
			this.registry.link(id, target, k, eff, caller);
			flash.addFlashAttribute("flashMessage", text("directive.link.added"));
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			flash.addFlashAttribute("linkError", text("directive.input.invalidChoice"));
		}
		catch (DomainException ex) {
			if (ex instanceof NotFoundException && ex.messageKey().equals("error.notFound.directive")) {
				throw ex;
			}
			flash.addFlashAttribute("linkError", text(ex));
		}
		return "redirect:/directives/" + id;
	}

	/** The visible document written with this citation (the newest if several). */
	long findByCitation(String citation, Caller caller) {
		CitationParse parse = Citations.parse(citation);
		if (!parse.isValid()) {
			throw vn.dangvu.platform.error.RuleViolationException.onField("citation", parse.errorKey(),
					parse.errorArgs());
		}
		String formatted = parse.citation().format();
		return this.registry.search(new DocumentQuery(formatted, null, null, null, null, "date", 0, 50), caller)
			.items()
			.stream()
			.filter((r) -> r.citation().equals(formatted))
			.findFirst()
			.orElseThrow(() -> vn.dangvu.platform.error.RuleViolationException.onField("citation",
					"directive.link.unknownTarget"))
			.id();
	}

	@PostMapping("/directives/{id}/links/{linkId}/delete")
	String unlink(@PathVariable long id, @PathVariable long linkId, RedirectAttributes flash) {
		this.registry.unlink(id, linkId, CurrentCaller.require());
		flash.addFlashAttribute("flashMessage", text("directive.link.removed"));
		return "redirect:/directives/" + id;
	}

	@PostMapping("/directives/{id}/attachments")
	String attach(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes flash) throws IOException {
		Caller caller = CurrentCaller.require();
		this.registry.requireVisible(id, caller);
		try {
			if (file == null || file.isEmpty()) {
				flash.addFlashAttribute("attachError", text("directive.attachment.empty"));
			}
			else {
				this.registry.attach(id, file.getOriginalFilename(), file.getContentType(), file.getBytes(), caller);
				flash.addFlashAttribute("flashMessage", text("directive.attachment.added"));
			}
		}
		catch (DomainException ex) {
			if (ex.status().value() == 403) {
				throw ex;
			}
			flash.addFlashAttribute("attachError", text(ex));
		}
		return "redirect:/directives/" + id;
	}

	@GetMapping("/directives/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
		Registry.AttachmentContent a = this.registry.attachment(id, attachmentId, CurrentCaller.require());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(a.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(a.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(a.content());
	}

	// cascade

	@GetMapping("/directives/{id}/assign")
	String assignForm(@PathVariable long id, Model model) {
		Caller caller = CurrentCaller.require();
		DocumentView doc = this.registry.require(id, caller);
		if (!mayAssign(caller)) {
			throw new vn.dangvu.directive.domain.NotPermittedException("directive.assign.notPermitted");
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
		model.addAttribute("units", this.cascade.assignableUnits(doc.id(), caller));
		List<Cascade.UnitChoice> under = new ArrayList<>(this.cascade.holders(doc.id(), caller));
		this.cascade.assignableUnits(doc.id(), caller)
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
		DocumentView doc = this.registry.require(id, caller);
		Map<String, String> form = new LinkedHashMap<>(params);
		Map<String, String> errors = new LinkedHashMap<>();
		List<Long> unitIds = new ArrayList<>();
		if (unitIdTexts != null) {
			for (String u : unitIdTexts) {
				try {
					unitIds.add(Long.valueOf(u));
				}
				catch (NumberFormatException ex) {
					errors.put("unitIds", text("error.field.typeMismatch"));
				}
			}
		}
		Long under = id(form, "allCellsUnder", errors);
		LocalDate assignedOn = date(form, "assignedOn", errors);
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
						errors.put("actions." + k.name(), text("directive.assign.dueMissing"));
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
				errors.put("actions." + k.name(), text("directive.assign.dueMissing"));
			}
		}
		if (errors.isEmpty()) {
			try {
				AssignmentResult r = this.cascade.assign(id,
						new NewAssignment(null, unitIds, under, actions, assignedOn), caller);
				flash.addFlashAttribute("flashMessage",
						text("directive.assigned", r.assignedUnitIds().size(), r.alreadyAssignedUnitIds().size()));
				return "redirect:/directives/" + id + "/tracking";
			}
			catch (DomainException ex) {
				if (ex.status().value() == 403 || ex.status().value() == 404) {
					throw ex;
				}
				errors.put(ex.field() == null ? "form" : ex.field(), text(ex));
			}
		}
		return assignView(doc, form, unitIds, errors, model);
	}

	// a unit's actions on one directive

	@GetMapping("/directives/{id}/units/{unitId}")
	String unitActions(@PathVariable long id, @PathVariable long unitId, Model model) {
		Caller caller = CurrentCaller.require();
		DocumentView doc = this.registry.require(id, caller);
		List<Obligation> actions = this.cascade.obligations(unitId, false, caller)
			.stream()
			.filter((o) -> o.documentId() == id)
			.toList();
		if (actions.isEmpty()) {
			throw NotFoundException.of("directiveAction", unitId);
		}
		model.addAttribute("doc", doc);
		model.addAttribute("actions", actions);
		model.addAttribute("unitName", actions.get(0).unitName());
		model.addAttribute("unitId", unitId);
		model.addAttribute("today", VietnamTime.today(this.clock));
		model.addAttribute("mayRecord", mayRegister(caller));
		return "directive/unit-actions";
	}

	@PostMapping("/directives/{id}/units/{unitId}/actions/{kind}")
	String record(@PathVariable long id, @PathVariable long unitId, @PathVariable String kind,
			@RequestParam Map<String, String> params, @RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes flash) throws IOException {
		Caller caller = CurrentCaller.require();
		this.registry.requireVisible(id, caller);
		ActionKind k;
		try {
			k = ActionKind.valueOf(kind);
		}
		catch (IllegalArgumentException ex) {
			throw NotFoundException.of("directiveAction", kind);
		}
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate doneOn = date(params, "doneOn", errors);
		Long present = id(params, "present", errors);
		Long total = id(params, "total", errors);
		try {
			if (!errors.isEmpty()) {
				throw vn.dangvu.platform.error.RuleViolationException.onField("doneOn", "error.field.typeMismatch");
			}
			Long report = blank(params.get("reportCitation")) ? null
					: findByCitation(params.get("reportCitation"), caller);
			Long attachment = null;
			if (file != null && !file.isEmpty()) {
				attachment = this.cascade.attachReport(id, unitId, k, file.getOriginalFilename(), file.getBytes(),
						caller);
			}
			this.cascade.record(id, unitId, k, new ActionRecord(doneOn, present == null ? null : present.intValue(),
					total == null ? null : total.intValue(), report, attachment, params.get("note")), caller);
			flash.addFlashAttribute("flashMessage", text("directive.action.recorded"));
		}
		catch (DomainException ex) {
			if (ex.status().value() == 403 || ex instanceof NotFoundException) {
				throw ex;
			}
			flash.addFlashAttribute("actionError", text(ex));
			flash.addFlashAttribute("actionErrorKind", k.name());
		}
		return "redirect:/directives/" + id + "/units/" + unitId;
	}

	// study

	@GetMapping("/directives/study")
	String studyList(Model model) {
		model.addAttribute("items", this.study.forMember(CurrentCaller.require()));
		return "directive/study";
	}

	@PostMapping("/directives/{id}/study")
	String mark(@PathVariable long id, @RequestParam(defaultValue = "false") boolean studied,
			@RequestParam(required = false) String back, RedirectAttributes flash) {
		try {
			this.study.mark(id, studied, CurrentCaller.require());
			flash.addFlashAttribute("flashMessage",
					text(studied ? "directive.study.markedStudied" : "directive.study.markedRead"));
		}
		catch (vn.dangvu.platform.error.RuleViolationException ex) {
			flash.addFlashAttribute("flashMessage", text(ex));
		}
		return "study".equals(back) ? "redirect:/directives/study" : "redirect:/directives/" + id;
	}

	Optional<Issuer> issuer(long id) {
		return this.registry.issuer(id);
	}

}
