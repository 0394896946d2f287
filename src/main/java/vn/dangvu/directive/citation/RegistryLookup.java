package vn.dangvu.directive.citation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangvu.directive.Citation;
import vn.dangvu.directive.visibility.Visibility;
import vn.dangvu.platform.security.Caller;

/**
 * Finds the registered document a citation found in a text stands for (decision 0132):
 * same number, type code and issuer code, and the same issue date when the text gives
 * one; the year of a state citation must match. Several documents share a citation across
 * committee terms: without a date the most recent one is taken. A citation without an
 * issuer ("công văn 1590") is looked up only with a date.
 */
@Component
@RequiredArgsConstructor
class RegistryLookup {

	/** Numbers per query (a long text may cite thousands). */
	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final Visibility visibility;

	record Registered(long id, int number, String typeCode, String issuerCode, LocalDate issueDate,
			Integer citationYear) {
	}

	/** The registry id of each citation, in order (null when not registered). */
	List<Long> idsFor(Caller caller, List<ExtractedCitation> found) {
		List<Integer> numbers = found.stream().map((c) -> c.citation().numericNumber()).distinct().toList();
		List<Registered> rows = new ArrayList<>();
		Visibility.View view = this.visibility.of(caller);
		for (int from = 0; from < numbers.size(); from += BATCH) {
			// only documents the caller may open (the registry's own rule, decision 0120)
			rows.addAll(view.bind(this.jdbc.sql("""
					select d.id, d.number_value as number, d.type_code, d.issuer_code, d.issue_date, d.citation_year
					from directive_document d where d.number_value in (:numbers) and """ + Visibility.DOCUMENT))
				.param("numbers", numbers.subList(from, Math.min(numbers.size(), from + BATCH)))
				.query(Registered.class)
				.list());
		}
		List<Long> ids = new ArrayList<>(found.size());
		for (ExtractedCitation c : found) {
			ids.add(match(c, rows));
		}
		return ids;
	}

	private static Long match(ExtractedCitation found, List<Registered> rows) {
		Citation c = found.citation();
		if (c.issuerCode() == null && found.date() == null) {
			return null;
		}
		return rows.stream()
			.filter((r) -> r.number() == c.numericNumber())
			.filter((r) -> Objects.equals(r.typeCode(), c.typeCode()))
			.filter((r) -> c.issuerCode() == null || c.issuerCode().equals(r.issuerCode()))
			.filter((r) -> found.date() == null || found.date().equals(r.issueDate()))
			.filter((r) -> c.year() == null || c.year().equals(r.citationYear())
					|| (r.citationYear() == null && r.issueDate().getYear() == c.year()))
			.max(Comparator.comparing(Registered::issueDate))
			.map(Registered::id)
			.orElse(null);
	}

}
