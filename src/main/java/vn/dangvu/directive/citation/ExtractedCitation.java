package vn.dangvu.directive.citation;

import java.time.LocalDate;

import vn.dangvu.directive.Citation;

/**
 * One numbered citation found in a text.
 *
 * @param raw the citation exactly as written in the input (without the type word or "số"
 * before it)
 * @param citation the parsed citation (canonical codes; the document type from the word
 * before it when that word fits the code)
 * @param date the issue date written beside it ("ngày 19/2/2020"), else null
 * @param issuerName the issuing body named in words beside it ("Ban Bí thư"), else null
 * @param start offset of the first character in the input
 * @param end offset just after the last character in the input
 */
public record ExtractedCitation(String raw, Citation citation, LocalDate date, String issuerName, int start, int end) {

}
