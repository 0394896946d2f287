package vn.dangvu.directive;

import java.time.LocalDate;

/**
 * A document to register. The citation is parsed
 * ({@link vn.dangvu.directive.citation.Citations#parse}); a null {@code type} is inferred
 * from its type code, a null {@code issuerId} from its issuer code when exactly one
 * active issuer has it, a null {@code termId} from the issue date, a null
 * {@code ownerUnitId} is the caller's own (top) unit.
 */
public record NewDocument(String citation, DocumentType type, Long issuerId, LocalDate issueDate, String summary,
		Long termId, LocalDate effectiveOn, String fullText, Long ownerUnitId) {

}
