package vn.dangvu.membership.form;

import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import org.springframework.ui.Model;

import vn.dangvu.membership.log.Scoped;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.text.VietnameseText;

/**
 * The answer of a picker that searches on demand (issue 8, decision 0279): the box of
 * {@code membership/fields :: search} asks with what was typed, this runs the search when
 * it is long enough and renders {@code membership/fields :: found}: the options of the
 * picker's list and, out of band, its status line. Recorders only; at least
 * {@value #MIN_LENGTH} folded characters, at most {@value #MAX_LENGTH} (422 beyond), the
 * first {@value #RESULTS} matches.
 */
public final class PickerSearch {

	/** Folded characters a query needs before it is run. */
	public static final int MIN_LENGTH = 2;

	public static final int MAX_LENGTH = 100;

	public static final int RESULTS = 20;

	/** The list's id htmx names in {@code HX-Target}, when it is one of ours. */
	private static final Pattern LIST_ID = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,39}");

	private PickerSearch() {
	}

	/**
	 * Runs {@code search(query, limit)} for a recorder and fills the model of
	 * {@code membership/fields :: found}.
	 * @param target the {@code HX-Target} header: the id of the list to fill (its status
	 * line is that id + "-status"), or null for {@code defaultList}
	 * @param keys the prefix of the status lines' message keys ({@code .hint},
	 * {@code .none}, {@code .found}, {@code .more})
	 */
	public static String answer(Caller caller, String q, String target, String defaultList, String keys,
			BiFunction<String, Integer, List<Choices.Option>> search, Model model) {
		Scoped.requireRecorder(caller);
		String query = (q != null) ? q.strip() : "";
		if (query.length() > MAX_LENGTH) {
			throw RuleViolationException.onField("q", "membership.candidates.search.tooLong", MAX_LENGTH);
		}
		boolean searched = VietnameseText.fold(query).length() >= MIN_LENGTH;
		List<Choices.Option> found = searched ? search.apply(query, RESULTS + 1) : List.of();
		model.addAttribute("found", found.stream().limit(RESULTS).toList());
		model.addAttribute("foundMore", found.size() > RESULTS);
		model.addAttribute("searched", searched);
		model.addAttribute("list", (target != null && LIST_ID.matcher(target).matches()) ? target : defaultList);
		model.addAttribute("keys", keys);
		return "membership/fields :: found";
	}

}
