package vn.dangvu.directive.study;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.directive.input.PageInput;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.web.PageForms;

/** The member's study list and marking a directive read or studied. */
@Controller
@RequiredArgsConstructor
class StudyPages {

	private final PageInput input;

	private final Study study;

	private final PageForms forms;

	@GetMapping("/directives/study")
	String studyList(Model model) {
		model.addAttribute("items", this.study.forMember(CurrentCaller.require()));
		return "directive/study";
	}

	@PostMapping("/directives/{id}/study")
	String mark(@PathVariable long id, @RequestParam(defaultValue = "false") boolean studied,
			@RequestParam(required = false) String back, RedirectAttributes flash) {
		String target = "study".equals(back) ? "redirect:/directives/study" : "redirect:/directives/" + id;
		// a refusal is told as the page's message, like the mark itself
		return this.forms.attempt(RuleViolationException.class::isInstance,
				(ex) -> flash.addFlashAttribute("flashMessage", this.input.text(ex)), () -> {
					this.study.mark(id, studied, CurrentCaller.require());
					flash.addFlashAttribute("flashMessage",
							this.input.text(studied ? "directive.study.markedStudied" : "directive.study.markedRead"));
					return target;
				}, () -> target);
	}

}
