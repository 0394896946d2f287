package vn.dangvu.membership.admission;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpHeaders;
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

import vn.dangvu.membership.MemberStatus;
import vn.dangvu.membership.form.Choices;
import vn.dangvu.membership.form.DateField;
import vn.dangvu.membership.log.PartyStatus;
import vn.dangvu.membership.log.Scoped;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.text.Messages;
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.platform.web.Downloads;
import vn.dangvu.platform.web.PageForms;

/** The candidate page: the steps as a checklist and one form for the next step. */
@Controller
@RequiredArgsConstructor
class AdmissionPages {

	private final AdmissionQueries admissions;

	private final AdmissionCommands commands;

	private final AdmissionCorrections corrections;

	private final PartyStatus membership;

	private final Choices choices;

	private final Messages messages;

	private final PageForms forms;

	private final Clock clock;

	@PostMapping("/membership/admissions")
	String open(@RequestParam(required = false) Long personId, @RequestParam(required = false) Long cellId,
			@RequestParam(required = false) String openedOn, RedirectAttributes redirect) {
		Caller caller = CurrentCaller.require();
		return this.forms.attempt(PageForms::any,
				(ex) -> redirect.addFlashAttribute("flashError", this.messages.text(ex)), () -> {
					if (personId == null || cellId == null) {
						throw vn.dangvu.platform.error.RuleViolationException.onField("personId",
								"membership.form.chooseBoth");
					}
					long id = this.commands.open(caller, personId, cellId, parseDate(openedOn, "openedOn"));
					redirect.addFlashAttribute("flashMessage", this.messages.text("membership.admission.opened"));
					return "redirect:/membership/admissions/" + id;
				}, () -> "redirect:/membership");
	}

	@GetMapping("/membership/admissions/{id}")
	String show(@PathVariable long id, Model model) {
		fill(model, id, Map.of());
		return "membership/admission";
	}

	@PostMapping("/membership/admissions/{id}/steps")
	String step(@PathVariable long id, @RequestParam Map<String, String> form,
			@RequestParam(name = "introducerIds", required = false) List<Long> introducerIds,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		Caller caller = CurrentCaller.require();
		return this.forms.attempt(PageForms.allBut(HttpStatus.NOT_FOUND), (ex) -> {
			Map<String, Object> values = new LinkedHashMap<>(form);
			values.put("introducerIds", introducerIds == null ? List.of() : introducerIds);
			fill(model, id, values);
			model.addAttribute("error", this.messages.text(ex));
			model.addAttribute("errorField", ex.field());
		}, () -> {
			AdmissionStep step = AdmissionStep.parse(form.get("step"))
				.orElseThrow(() -> vn.dangvu.platform.error.RuleViolationException.onField("step",
						"membership.step.unknown"));
			StepInput input = new StepInput(step, parseDate(form.get("date"), "date"), form.get("documentNumber"),
					DateField.readInt(form.get("votesFor"), "votesFor"),
					DateField.readInt(form.get("votesAgainst"), "votesAgainst"),
					DateField.readInt(form.get("votersTotal"), "votersTotal"), introducerIds,
					form.containsKey("youthResolution"), form.get("cardNumber"), form.get("exceptionApprover"),
					form.get("exceptionDocument"), form.get("note"));
			this.commands.recordStep(caller, id, input, attachment(file));
			redirect.addFlashAttribute("flashMessage", this.messages.text("membership.step.recorded",
					this.messages.text(step.labelKey()), DateField.format(input.date())));
			return "redirect:/membership/admissions/" + id;
		}, () -> "membership/admission");
	}

	private static Attachment attachment(MultipartFile file) throws IOException {
		return file == null || file.isEmpty() ? null
				: new Attachment(file.getOriginalFilename(), file.getContentType(), file.getBytes());
	}

	@PostMapping("/membership/admissions/{id}/steps/last/withdrawal")
	String withdrawLast(@PathVariable long id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		String back = "redirect:/membership/admissions/" + id;
		return this.forms.actUnlessNotFound(redirect, () -> {
			AdmissionStep step = this.corrections.withdrawLast(CurrentCaller.require(), id, reason);
			redirect.addFlashAttribute("flashMessage",
					this.messages.text("membership.withdraw.done", this.messages.text(step.labelKey())));
			return back;
		}, back);
	}

	@PostMapping("/membership/admissions/{id}/closing")
	String close(@PathVariable long id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String closedOn, RedirectAttributes redirect) {
		String back = "redirect:/membership/admissions/" + id;
		return this.forms.actUnlessNotFound(redirect, () -> {
			this.corrections.close(CurrentCaller.require(), id, parseDate(closedOn, "closedOn"), reason);
			redirect.addFlashAttribute("flashMessage", this.messages.text("membership.close.done"));
			return back;
		}, back);
	}

	@GetMapping("/membership/admissions/{id}/documents/{documentId}")
	ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId) {
		var doc = this.admissions.document(CurrentCaller.require(), id, documentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(doc.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, Downloads.inline(doc.fileName()))
			.header("X-Content-Type-Options", "nosniff")
			.body(doc.bytes());
	}

	/** A step of the checklist: done (with its record) or to do. */
	record ChecklistItem(AdmissionStep step, AdmissionFile.StepRecord record, boolean next) {

	}

	private void fill(Model model, long id, Map<String, Object> values) {
		Caller caller = CurrentCaller.require();
		AdmissionFile file = this.admissions.load(caller, id);
		AdmissionStep next = file.nextStep().orElse(null);
		List<ChecklistItem> items = new ArrayList<>();
		for (AdmissionStep s : AdmissionStep.values()) {
			items.add(new ChecklistItem(s, file.find(s).orElse(null), s == next));
		}
		model.addAttribute("file", file);
		model.addAttribute("items", items);
		model.addAttribute("next", next);
		model.addAttribute("canRecord", Scoped.canRecord(caller) && next != null);
		boolean recorder = Scoped.canRecord(caller);
		boolean open = !"CLOSED".equals(file.state());
		model.addAttribute("lastRecord",
				recorder && open && !file.steps().isEmpty() ? file.steps().get(file.steps().size() - 1) : null);
		model.addAttribute("canClose", recorder && "OPEN".equals(file.state()));
		model.addAttribute("values", values);
		LocalDate today = VietnamTime.today(this.clock);
		model.addAttribute("today", DateField.format(today));
		if (next == AdmissionStep.INTRODUCERS) {
			List<Choices.Option> options = new ArrayList<>();
			for (MemberStatus s : this.membership.membersOf(file.cellId(), today)) {
				if (s.isFull() && s.personId() != file.personId()) {
					options.add(new Choices.Option(s.personId(), this.choices.name(s.personId())));
				}
			}
			options.sort((a, b) -> a.name().compareTo(b.name()));
			model.addAttribute("introducerOptions", options);
		}
		List<String> introducerNames = new ArrayList<>();
		file.find(AdmissionStep.INTRODUCERS)
			.ifPresent((r) -> r.introducerIds().forEach((p) -> introducerNames.add(this.choices.name(p))));
		model.addAttribute("introducerText", String.join(", ", introducerNames));
	}

	private static LocalDate parseDate(String text, String field) {
		return DateField.read(text, field);
	}

}
