package vn.dangvu.directive.citation;

import java.util.List;

/** Everything found in one text, each list in order of position. */
public record Extraction(List<ExtractedCitation> citations, List<NamedReference> namedReferences) {

}
