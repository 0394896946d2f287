package vn.dangvu.directive;

import java.util.Optional;

/**
 * The outcome of parsing one written document number: the citation, or the reason it was
 * rejected as a message key ({@code directive.citation.*}) with its arguments.
 */
public record CitationParse(Citation citation, String errorKey, Object... errorArgs) {

	public static CitationParse ok(Citation citation) {
		return new CitationParse(citation, null);
	}

	public static CitationParse rejected(String errorKey, Object... args) {
		return new CitationParse(null, errorKey, args);
	}

	public boolean isValid() {
		return this.citation != null;
	}

	public Optional<Citation> value() {
		return Optional.ofNullable(this.citation);
	}

}
