package vn.dangvu.directive;

/**
 * A registry search: words matched without diacritics over citation, summary, issuer and
 * full text; filters (null = any); sort {@code date} (newest first, default),
 * {@code citation} or {@code relevance}.
 */
public record DocumentQuery(String q, DocumentType type, Long issuerId, Integer year, DocumentStatus status,
		String sort, int page, int size) {

}
