package vn.dangvu.membership.admission;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import vn.dangvu.membership.form.Choices;
import vn.dangvu.membership.form.DateField;
import vn.dangvu.membership.form.PickerSearch;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;

/**
 * The search behind the "open a file" form's person picker (issue 8): the first people of
 * the caller's scope who are not Party members and have no file under way, found by a
 * part of their name as the people list finds them. The landing page no longer renders a
 * thousand options; the picker asks for the few that match ({@link PickerSearch}).
 */
@Controller
@RequiredArgsConstructor
class CandidatePages {

	private final Choices choices;

	/** The options of the picker and, out of band, its status line (htmx). */
	@GetMapping("/membership/admissions/candidates")
	String search(@RequestParam(required = false) String q,
			@RequestHeader(name = "HX-Target", required = false) String target, Model model) {
		Caller caller = CurrentCaller.require();
		return PickerSearch.answer(caller, q, target, "personId", "membership.candidates.search",
				(query, limit) -> labelled(this.choices.candidates(caller, query, limit)), model);
	}

	/** Namesakes told apart by their birth date. */
	private static List<Choices.Option> labelled(List<Choices.Candidate> candidates) {
		return candidates.stream()
			.map((c) -> new Choices.Option(c.id(),
					(c.birthDate() != null) ? c.name() + " · " + DateField.format(c.birthDate()) : c.name()))
			.toList();
	}

}
