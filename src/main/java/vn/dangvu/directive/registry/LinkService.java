package vn.dangvu.directive.registry;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.directive.DocumentView;
import vn.dangvu.directive.LinkKind;
import vn.dangvu.directive.visibility.Visibility;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.ConflictException;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.NotPermittedException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;

/**
 * Links between documents (implements, guides, amends, replaces): adding and removing
 * them with write rights on both ends where the link changes a status.
 */
@Service
@RequiredArgsConstructor
public class LinkService {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final DocumentQueries documents;

	@Transactional
	public long link(long fromId, long toId, LinkKind kind, LocalDate effectiveOn, Caller caller) {
		this.documents.requireWritable(fromId, caller);
		try {
			this.documents.requireVisible(toId, caller);
		}
		catch (NotFoundException ex) {
			throw RuleViolationException.onField("toId", "directive.link.unknownTarget");
		}
		if (fromId == toId) {
			throw RuleViolationException.onField("toId", "directive.link.self");
		}
		if (!mayLink(fromId, toId, kind, caller)) {
			throw new NotPermittedException("directive.link.targetNotWritable");
		}
		Optional<Long> existing = this.jdbc
			.sql("select id from directive_link where from_id = :f and to_id = :t and kind = :k")
			.param("f", fromId)
			.param("t", toId)
			.param("k", kind.name())
			.query(Long.class)
			.optional();
		if (existing.isPresent()) {
			throw new ConflictException("toId", "directive.link.exists");
		}
		long id = insertLink(fromId, toId, kind, effectiveOn, caller.username());
		this.events.publishEvent(RecordChanged.created("DirectiveLink", id, this.documents.ownerOf(fromId),
				Map.of("from", fromId, "to", toId, "kind", kind.name(), "effectiveOn", String.valueOf(effectiveOn))));
		return id;
	}

	public long insertLink(long fromId, long toId, LinkKind kind, LocalDate effectiveOn, String by) {
		return this.jdbc.sql("""
				insert into directive_link (from_id, to_id, kind, effective_on, created_by)
				values (:f, :t, :k, :e, :by) returning id""")
			.param("f", fromId)
			.param("t", toId)
			.param("k", kind.name())
			.param("e", effectiveOn)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	@Transactional
	public void unlink(long documentId, long linkId, Caller caller) {
		if (!Visibility.mayRegister(caller)) {
			throw new NotPermittedException("directive.notPermitted");
		}
		this.documents.requireVisible(documentId, caller);
		record Link(long from, long to, LinkKind kind) {
		}
		Link link = this.jdbc
			.sql("select from_id, to_id, kind from directive_link where id = :id and (from_id = :d or to_id = :d)")
			.param("id", linkId)
			.param("d", documentId)
			.query((rs, n) -> new Link(rs.getLong(1), rs.getLong(2), LinkKind.valueOf(rs.getString(3))))
			.optional()
			.orElseThrow(() -> NotFoundException.of("directiveLink", linkId));
		// removing a link is changing it: the same rights as adding it
		if (!mayLink(link.from(), link.to(), link.kind(), caller)) {
			throw new NotPermittedException("directive.write.notOwner");
		}
		this.jdbc.sql("delete from directive_link where id = :id").param("id", linkId).update();
		this.events.publishEvent(RecordChanged.updated("DirectiveLink", linkId, "DELETE",
				this.documents.ownerOf(documentId), Map.of("document", documentId), Map.of()));
	}

	/**
	 * Whether the caller may add or remove a link of this kind between the two documents:
	 * write rights on the document it starts from and, when it replaces or amends the
	 * other one (changes its status), on that one too.
	 */
	boolean mayLink(long fromId, long toId, LinkKind kind, Caller caller) {
		return this.documents.mayWrite(fromId, caller)
				&& (!changesStatus(kind) || this.documents.mayWrite(toId, caller));
	}

	static boolean changesStatus(LinkKind kind) {
		return kind == LinkKind.REPLACES || kind == LinkKind.AMENDS;
	}

	/** The ids of the document's links the caller may remove (for the page's buttons). */
	@Transactional(readOnly = true)
	public Set<Long> removableLinks(DocumentView doc, Caller caller) {
		Set<Long> ids = new HashSet<>();
		for (DocumentView.DocumentLink l : doc.links()) {
			long from = l.outgoing() ? doc.id() : l.otherId();
			long to = l.outgoing() ? l.otherId() : doc.id();
			if (mayLink(from, to, l.kind(), caller)) {
				ids.add(l.id());
			}
		}
		return ids;
	}

}
