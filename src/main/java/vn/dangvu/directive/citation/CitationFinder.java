package vn.dangvu.directive.citation;

import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;

/** Extraction for a signed-in caller: citations, named references and registry links. */
@Service
@RequiredArgsConstructor
class CitationFinder {

	/** Longest text accepted, in characters (a long report is 50,000). */
	static final int MAX_TEXT = 200_000;

	private final CitationExtractor extractor = new CitationExtractor();

	private final RegistryLookup registry;

	record Found(ExtractedCitation citation, Long registryId) {
	}

	record Result(String text, List<Found> citations, List<NamedReference> namedReferences) {
	}

	@Transactional(readOnly = true)
	Result find(String text) {
		Caller caller = CurrentCaller.require();
		check(text);
		Extraction x = this.extractor.extract(text);
		List<Long> ids = this.registry.idsFor(caller, x.citations());
		List<Found> found = new ArrayList<>(ids.size());
		for (int i = 0; i < ids.size(); i++) {
			found.add(new Found(x.citations().get(i), ids.get(i)));
		}
		return new Result(text, found, x.namedReferences());
	}

	static void check(String text) {
		if (text == null || text.isBlank()) {
			throw RuleViolationException.onField("text", "directive.extract.text.required");
		}
		if (text.length() > MAX_TEXT) {
			throw RuleViolationException.onField("text", "directive.extract.text.tooLong", MAX_TEXT);
		}
	}

}
