package vn.dangvu.directive;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.dangvu.directive.domain.Cascade;
import vn.dangvu.directive.domain.Registry;
import vn.dangvu.directive.domain.Study;
import vn.dangvu.platform.security.Caller;

/**
 * The directive module's public face: register and read documents, link them, assign them
 * down the tree, record what units did, the tracking board, obligations and study. Every
 * method is scoped to the caller (decision 0120): outside scope is not found.
 */
@Service
public class DirectiveApi {

	private final Registry registry;

	private final Cascade cascade;

	private final Study study;

	DirectiveApi(Registry registry, Cascade cascade, Study study) {
		this.registry = registry;
		this.cascade = cascade;
		this.study = study;
	}

	/**
	 * Registers a document; a duplicate identity (number + type + issuer + issue date) is
	 * refused with {@link vn.dangvu.platform.error.ConflictException} whose message links
	 * the existing record.
	 */
	public DocumentView register(NewDocument document, Caller caller) {
		return this.registry.register(document, caller);
	}

	public DocumentView get(long id, Caller caller) {
		return this.registry.require(id, caller);
	}

	/** The id of the registered document with this identity, if any (not scoped). */
	public Optional<Long> findIdentity(Citation citation, long issuerId, LocalDate issueDate) {
		return this.registry.findIdentity(citation, issuerId, issueDate);
	}

	public DocumentPage search(DocumentQuery query, Caller caller) {
		return this.registry.search(query, caller);
	}

	/** {@code fromId} implements, guides, amends or replaces {@code toId}. */
	public long link(long fromId, long toId, LinkKind kind, LocalDate effectiveOn, Caller caller) {
		return this.registry.link(fromId, toId, kind, effectiveOn, caller);
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
		return this.registry.attach(documentId, fileName, null, content, caller);
	}

	/** The committee term (nhiệm kỳ) containing a date, if any. */
	public Optional<Long> termOn(LocalDate date) {
		return this.registry.termOn(date);
	}

	public List<Issuer> issuers(boolean activeOnly) {
		return this.registry.issuers(activeOnly);
	}

	public AssignmentResult assign(long documentId, NewAssignment assignment, Caller caller) {
		return this.cascade.assign(documentId, assignment, caller);
	}

	public void recordAction(long documentId, long unitId, ActionKind kind, ActionRecord record, Caller caller) {
		this.cascade.record(documentId, unitId, kind, record, caller);
	}

	/** One page of the board ({@code size} 0: every row). */
	public TrackingBoard tracking(long documentId, Long underUnitId, boolean overdueOnly, int page, int size,
			Caller caller) {
		return this.cascade.board(documentId, underUnitId, overdueOnly, page, size, caller);
	}

	public List<Obligation> obligations(long unitId, boolean openOnly, Caller caller) {
		return this.cascade.obligations(unitId, openOnly, caller);
	}

	public List<StudyItem> studyList(Caller caller) {
		return this.study.forMember(caller);
	}

	public List<StudyProgress> studyProgress(long documentId, Caller caller) {
		return this.study.progress(documentId, caller);
	}

}
