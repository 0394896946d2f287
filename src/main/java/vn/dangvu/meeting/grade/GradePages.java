package vn.dangvu.meeting.grade;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.meeting.MeetingGrade;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.text.Messages;
import vn.dangvu.platform.web.PageForms;

/** The committee's hand scores and the override of a grade, from the meeting's page. */
@Controller
@RequiredArgsConstructor
class GradePages {

	private final Grading grading;

	private final PageForms forms;

	private final Messages messages;

	@PostMapping("/meetings/{id}/grade")
	String grade(@PathVariable long id, @RequestParam MultiValueMap<String, String> params,
			RedirectAttributes redirect) {
		String back = "redirect:/meetings/" + id + "#score";
		return this.forms.act(redirect, () -> {
			Map<String, BigDecimal> scores = new LinkedHashMap<>();
			params.forEach((name, values) -> {
				if (name.startsWith("score_")) {
					scores.put(name.substring(6), points(name.substring(6), values.get(0)));
				}
			});
			this.grading.grade(id, scores, CurrentCaller.require());
			redirect.addFlashAttribute("flashMessage", this.messages.text("meeting.graded"));
			return back;
		}, back);
	}

	@PostMapping("/meetings/{id}/override")
	String override(@PathVariable long id, @RequestParam(required = false) String grade,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		String back = "redirect:/meetings/" + id + "#score";
		return this.forms.act(redirect, () -> {
			MeetingGrade g = grade(grade);
			this.grading.override(id, g, reason, CurrentCaller.require());
			redirect.addFlashAttribute("flashMessage", this.messages.text("meeting.overridden"));
			return back;
		}, back);
	}

	private static MeetingGrade grade(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return MeetingGrade.valueOf(text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw RuleViolationException.onField("grade", "meeting.grade.unknown", text.strip());
		}
	}

	private static BigDecimal points(String code, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw RuleViolationException.onField("scores." + code, "meeting.number.invalid", text.strip());
		}
	}

}
