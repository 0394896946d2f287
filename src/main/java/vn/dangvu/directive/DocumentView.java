package vn.dangvu.directive;

import java.time.LocalDate;
import java.util.List;

/**
 * A registered document as read, with its status derived from the links that point at it
 * on the day it was read.
 */
public record DocumentView(long id, String citation, String number, String typeCode, DocumentType type,
		CitationStyle style, long issuerId, String issuerCode, String issuerName, LocalDate issueDate, String summary,
		Long termId, String termLabel, LocalDate effectiveOn, DocumentStatus status, Long ownerUnitId,
		String ownerUnitName, String fullText, List<DocumentLink> links, List<Attachment> attachments) {

	/**
	 * A link seen from this document: {@code outgoing} when this document implements,
	 * guides, amends or replaces the other one; {@code otherVisible} when the reader may
	 * open the other one (otherwise it is shown as text, not as a link).
	 */
	public record DocumentLink(long id, LinkKind kind, boolean outgoing, long otherId, String otherCitation,
			LocalDate otherIssueDate, String otherSummary, LocalDate effectiveOn, boolean otherVisible) {

	}

	public record Attachment(long id, String fileName, String contentType, long sizeBytes) {

	}

}
