package vn.dangvu.directive;

/**
 * An issuing body of the catalogue: the abbreviation written in citations, full name and
 * level ({@code CENTRAL}, {@code PROVINCIAL}, {@code GRASSROOTS}, {@code CELL},
 * {@code STATE}, {@code MASS_ORG}).
 */
public record Issuer(long id, String code, String fullName, String level, CitationStyle style, Long unitId,
		boolean active) {

	public static final java.util.List<String> LEVELS = java.util.List.of("CENTRAL", "PROVINCIAL", "GRASSROOTS", "CELL",
			"STATE", "MASS_ORG");

}
