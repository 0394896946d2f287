package vn.dangvu.directive.registry;

import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;

/** Files attached to a document (PDF or DOCX checked by content, at most 20 MB). */
@Service
@RequiredArgsConstructor
public class AttachmentService {

	public static final long ATTACHMENT_MAX = 20L * 1024 * 1024;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final DocumentQueries documents;

	@Transactional
	public long attach(long documentId, String fileName, String contentType, byte[] content, Caller caller) {
		this.documents.requireWritable(documentId, caller);
		return storeAttachment(documentId, fileName, content, caller);
	}

	/**
	 * Stores a file on a document without the owner check; callers check their own right
	 * (a unit's report on a directive it was assigned:
	 * {@code ActionRecording#attachReport}).
	 */
	public long storeAttachment(long documentId, String fileName, byte[] content, Caller caller) {
		String kind = AttachmentTypes.detect(fileName, content);
		if (kind == null) {
			throw RuleViolationException.onField("file", "directive.attachment.type");
		}
		if (content.length > ATTACHMENT_MAX) {
			throw RuleViolationException.onField("file", "directive.attachment.tooLarge", 20);
		}
		if (content.length == 0) {
			throw RuleViolationException.onField("file", "directive.attachment.empty");
		}
		String name = (fileName == null || fileName.isBlank()) ? "tep" : fileName.strip();
		if (name.length() > 255) {
			name = name.substring(name.length() - 255);
		}
		long id = this.jdbc.sql("""
				insert into directive_attachment (document_id, file_name, content_type, size_bytes, content, created_by)
				values (:d, :n, :t, :s, :c, :by) returning id""")
			.param("d", documentId)
			.param("n", name)
			.param("t", kind)
			.param("s", (long) content.length)
			.param("c", content)
			.param("by", caller.username())
			.query(Long.class)
			.single();
		this.events.publishEvent(RecordChanged.created("DirectiveAttachment", id, this.documents.ownerOf(documentId),
				Map.of("document", documentId, "fileName", name, "size", content.length)));
		return id;
	}

	public record AttachmentContent(String fileName, String contentType, byte[] content) {

	}

	@Transactional(readOnly = true)
	public AttachmentContent attachment(long documentId, long attachmentId, Caller caller) {
		this.documents.requireVisible(documentId, caller);
		return this.jdbc
			.sql("""
					select file_name, content_type, content from directive_attachment where id = :id and document_id = :d""")
			.param("id", attachmentId)
			.param("d", documentId)
			.query((rs, n) -> new AttachmentContent(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional()
			.orElseThrow(() -> NotFoundException.of("directiveAttachment", attachmentId));
	}

}
