package vn.dangvu.membership.admission;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.dangvu.membership.form.Choices;
import vn.dangvu.membership.log.Scoped;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.text.VietnameseText;

/**
 * The search behind the "open a file" form's person picker (issue 8): the first people of
 * the caller's scope who are not Party members and have no file under way, found by a
 * part of their name as the people list finds them. The landing page no longer renders a
 * thousand options; the picker asks for the few that match.
 */
@Controller
@RequiredArgsConstructor
class CandidatePages {

	/** Folded characters a query needs before it is run. */
	static final int MIN_LENGTH = 2;

	static final int MAX_LENGTH = 100;

	static final int RESULTS = 20;

	private final Choices choices;

	/** The options of the picker and, out of band, its status line (htmx). */
	@GetMapping("/membership/admissions/candidates")
	String search(@RequestParam(required = false) String q, Model model) {
		Caller caller = CurrentCaller.require();
		Scoped.requireRecorder(caller);
		String query = (q != null) ? q.strip() : "";
		if (query.length() > MAX_LENGTH) {
			throw RuleViolationException.onField("q", "membership.candidates.search.tooLong", MAX_LENGTH);
		}
		boolean searched = VietnameseText.fold(query).length() >= MIN_LENGTH;
		List<Choices.Candidate> found = searched ? this.choices.candidates(caller, query, RESULTS + 1) : List.of();
		model.addAttribute("candidates", found.stream().limit(RESULTS).toList());
		model.addAttribute("candidatesMore", found.size() > RESULTS);
		model.addAttribute("candidatesSearched", searched);
		return "membership/landing :: candidateResults";
	}

}
