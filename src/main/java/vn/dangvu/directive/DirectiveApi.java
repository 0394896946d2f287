package vn.dangvu.directive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;

import vn.dangvu.directive.cascade.ActionRecording;
import vn.dangvu.directive.cascade.AssignmentService;
import vn.dangvu.directive.cascade.Board;
import vn.dangvu.directive.cascade.Obligations;
import vn.dangvu.directive.citation.Citations;
import vn.dangvu.directive.document.PartyTexts;
import vn.dangvu.directive.registry.AttachmentService;
import vn.dangvu.directive.registry.CommitteeTerms;
import vn.dangvu.directive.registry.DocumentQueries;
import vn.dangvu.directive.registry.IssuerCatalogue;
import vn.dangvu.directive.registry.LinkService;
import vn.dangvu.directive.registry.RegistrySearch;
import vn.dangvu.directive.registry.RegistryService;
import vn.dangvu.directive.study.Study;
import vn.dangvu.platform.security.Caller;

/**
 * The directive module's public face: register and read documents, link them, assign them
 * down the tree, record what units did, the tracking board, obligations and study. Every
 * method is scoped to the caller (decision 0120): outside scope is not found.
 */
@Service
@RequiredArgsConstructor
public class DirectiveApi {

	private final RegistryService registry;

	private final DocumentQueries documents;

	private final RegistrySearch search;

	private final LinkService links;

	private final AttachmentService attachments;

	private final CommitteeTerms terms;

	private final IssuerCatalogue issuers;

	private final AssignmentService assignments;

	private final ActionRecording recording;

	private final Board boards;

	private final Obligations obligations;

	private final Study study;

	private final PartyTexts texts;

	/**
	 * Registers a document; a duplicate identity (number + type + issuer + issue date) is
	 * refused with {@link vn.dangvu.platform.error.ConflictException} whose message links
	 * the existing record.
	 */
	public DocumentView register(NewDocument document, Caller caller) {
		return this.registry.register(document, caller);
	}

	public DocumentView get(long id, Caller caller) {
		return this.documents.require(id, caller);
	}

	/**
	 * The documents among {@code ids} the caller sees, as list rows, in one read; those
	 * the caller does not see are left out.
	 */
	public List<DocumentRow> rows(Collection<Long> ids, Caller caller) {
		return this.documents.rows(ids, caller);
	}

	/**
	 * Parses a written document number ("448-KH/ĐU", "07/QĐ-CĐ"): the citation, or the
	 * message key of why it is refused (decision 0130).
	 */
	public CitationParse parseCitation(String written) {
		return Citations.parse(written);
	}

	/** The id of the registered document with this identity, if any (not scoped). */
	public Optional<Long> findIdentity(Citation citation, long issuerId, LocalDate issueDate) {
		return this.registry.findIdentity(citation, issuerId, issueDate);
	}

	public DocumentPage search(DocumentQuery query, Caller caller) {
		return this.search.search(query, caller);
	}

	/** {@code fromId} implements, guides, amends or replaces {@code toId}. */
	public long link(long fromId, long toId, LinkKind kind, LocalDate effectiveOn, Caller caller) {
		return this.links.link(fromId, toId, kind, effectiveOn, caller);
	}

	/**
	 * Changes summary, committee term, effective date and full text (not the identity).
	 */
	public DocumentView update(long id, String summary, Long termId, LocalDate effectiveOn, String fullText,
			Caller caller) {
		return this.registry.update(id, summary, termId, effectiveOn, fullText, caller);
	}

	/**
	 * Attaches a PDF or DOCX (checked by content, at most 20 MB) to a document.
	 * @return the attachment's id
	 */
	public long attach(long documentId, String fileName, byte[] content, Caller caller) {
		return this.attachments.attach(documentId, fileName, null, content, caller);
	}

	/** The committee term (nhiệm kỳ) containing a date, if any. */
	public Optional<Long> termOn(LocalDate date) {
		return this.terms.termOn(date);
	}

	public List<Issuer> issuers(boolean activeOnly) {
		return this.issuers.issuers(activeOnly);
	}

	public AssignmentResult assign(long documentId, NewAssignment assignment, Caller caller) {
		return this.assignments.assign(documentId, assignment, caller);
	}

	public void recordAction(long documentId, long unitId, ActionKind kind, ActionRecord record, Caller caller) {
		this.recording.record(documentId, unitId, kind, record, caller);
	}

	/** One page of the board ({@code size} 0: every row). */
	public TrackingBoard tracking(long documentId, Long underUnitId, boolean overdueOnly, int page, int size,
			Caller caller) {
		return this.boards.board(documentId, underUnitId, overdueOnly, page, size, caller);
	}

	public List<Obligation> obligations(long unitId, boolean openOnly, Caller caller) {
		return this.obligations.obligations(unitId, openOnly, caller);
	}

	public List<StudyItem> studyList(Caller caller) {
		return this.study.forMember(caller);
	}

	public List<StudyProgress> studyProgress(long documentId, Caller caller) {
		return this.study.progress(documentId, caller);
	}

	/**
	 * A text of another module (the minutes of a meeting) as an A4 PDF in the Party
	 * layout, with the renderer of the Party documents (decision 0226). Not scoped: the
	 * caller's module has checked who may read the text.
	 */
	public byte[] renderPdf(PartyText text) {
		return this.texts.pdf(text);
	}

	/** The same text as a Word document. */
	public byte[] renderDocx(PartyText text) {
		return this.texts.docx(text);
	}

	/**
	 * The place of a unit's date line ("Hà Tĩnh") as its office wrote it in a document
	 * template of the unit or of a committee above it; empty when none did.
	 */
	public Optional<String> letterheadPlace(long unitId) {
		return this.texts.place(unitId);

	}

	/**
	 * Marks that the caller has read a document they see (a study record of decision
	 * 0123, also for a document to read before a meeting of their cell, decision 0228).
	 * Idempotent: the first time stands and only the first mark is audited. 404 when the
	 * caller does not see the document, 403 for an account that is not a person.
	 * @return when the caller first read it
	 */
	public Instant markRead(long documentId, Caller caller) {
		return this.study.markRead(documentId, caller);
	}

	/**
	 * When the caller read each of these documents (absent: not read); only the caller's
	 * own marks.
	 */
	public Map<Long, Instant> readMarks(Collection<Long> documentIds, Caller caller) {
		return this.study.readMarks(documentIds, caller);
	}

}
