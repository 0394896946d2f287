package vn.dangvu.programme.cascade;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.dangvu.platform.security.CurrentCaller;

/** The page of a key task's cascade: who concretised it below, how far, who not yet. */
@Controller
@RequiredArgsConstructor
class ProgrammeCascadePages {

	private final CascadeQueries cascade;

	@GetMapping("/programmes/{id}/tasks/{taskId}/cascade")
	String cascade(@PathVariable long id, @PathVariable long taskId, Model model) {
		model.addAttribute("c", this.cascade.of(id, taskId, CurrentCaller.require()));
		return "programme/cascade";
	}

}
