package vn.dangvu.directive.cascade;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpStatus;
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
import vn.dangvu.directive.DocumentView;
import vn.dangvu.directive.Obligation;
import vn.dangvu.directive.input.PageInput;
import vn.dangvu.directive.registry.DocumentQueries;
import vn.dangvu.directive.registry.RegistrySearch;
import vn.dangvu.directive.visibility.Visibility;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.platform.web.PageForms;

/** A unit's required actions on one directive, and recording them. */
@Controller
@RequiredArgsConstructor
class UnitActionPages {

	private final PageInput input;

	private final DocumentQueries documents;

	private final RegistrySearch search;

	private final ActionRecording recording;

	private final Obligations obligations;

	private final Clock clock;

	private final PageForms forms;

	@GetMapping("/directives/{id}/units/{unitId}")
	String unitActions(@PathVariable long id, @PathVariable long unitId, Model model) {
		Caller caller = CurrentCaller.require();
		DocumentView doc = this.documents.require(id, caller);
		List<Obligation> actions = this.obligations.obligations(unitId, false, caller)
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
		model.addAttribute("mayRecord", Visibility.mayRegister(caller));
		return "directive/unit-actions";
	}

	@PostMapping("/directives/{id}/units/{unitId}/actions/{kind}")
	String record(@PathVariable long id, @PathVariable long unitId, @PathVariable String kind,
			@RequestParam Map<String, String> params, @RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes flash) throws IOException {
		Caller caller = CurrentCaller.require();
		this.documents.requireVisible(id, caller);
		ActionKind k;
		try {
			k = ActionKind.valueOf(kind);
		}
		catch (IllegalArgumentException ex) {
			throw NotFoundException.of("directiveAction", kind);
		}
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate doneOn = this.input.date(params, "doneOn", errors);
		Long present = this.input.id(params, "present", errors);
		Long total = this.input.id(params, "total", errors);
		String back = "redirect:/directives/" + id + "/units/" + unitId;
		return this.forms.attempt(PageForms.allBut(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND), (ex) -> {
			flash.addFlashAttribute("actionError", this.input.text(ex));
			flash.addFlashAttribute("actionErrorKind", k.name());
		}, () -> {
			if (!errors.isEmpty()) {
				throw vn.dangvu.platform.error.RuleViolationException.onField("doneOn", "error.field.typeMismatch");
			}
			Long report = PageInput.blank(params.get("reportCitation")) ? null
					: this.search.findByCitation(params.get("reportCitation"), caller);
			Long attachment = null;
			if (file != null && !file.isEmpty()) {
				attachment = this.recording.attachReport(id, unitId, k, file.getOriginalFilename(), file.getBytes(),
						caller);
			}
			this.recording.record(id, unitId, k, new ActionRecord(doneOn, present == null ? null : present.intValue(),
					total == null ? null : total.intValue(), report, attachment, params.get("note")), caller);
			flash.addFlashAttribute("flashMessage", this.input.text("directive.action.recorded"));
			return back;
		}, () -> back);
	}

}
