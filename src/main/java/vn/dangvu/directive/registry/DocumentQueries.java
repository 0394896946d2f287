package vn.dangvu.directive.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.directive.CitationStyle;
import vn.dangvu.directive.DocumentRow;
import vn.dangvu.directive.DocumentStatus;
import vn.dangvu.directive.DocumentType;
import vn.dangvu.directive.DocumentView;
import vn.dangvu.directive.LinkKind;
import vn.dangvu.directive.visibility.Visibility;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.NotPermittedException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.time.VietnamTime;

/**
 * Reading one registered document: whether the caller sees or may change it, and the
 * document with its derived status, links and attachments (decisions 0120, 0160).
 */
@Service
@RequiredArgsConstructor
public class DocumentQueries {

	/** Status of a document aliased {@code d} on {@code :today}. */
	static final String STATUS = """
			case when exists (select 1 from directive_link sl where sl.to_id = d.id and sl.kind = 'REPLACES'
			                  and (sl.effective_on is null or sl.effective_on <= :today)) then 'REPLACED'
			     when exists (select 1 from directive_link sl where sl.to_id = d.id and sl.kind = 'AMENDS'
			                  and (sl.effective_on is null or sl.effective_on <= :today)) then 'AMENDED'
			     else 'IN_FORCE' end""";

	private final JdbcClient jdbc;

	private final Visibility visibility;

	private final Clock clock;

	/** Throws 404 unless the caller sees the document. */
	@Transactional(readOnly = true)
	public void requireVisible(long id, Caller caller) {
		boolean visible = this.visibility.of(caller)
			.bind(this.jdbc
				.sql("select count(*) from directive_document d where d.id = :id and " + Visibility.DOCUMENT))
			.param("id", id)
			.query(Integer.class)
			.single() > 0;
		if (!visible) {
			throw NotFoundException.of("directive", id);
		}
	}

	/**
	 * The documents among {@code ids} that the caller sees, as list rows, in one read;
	 * the others are left out.
	 */
	@Transactional(readOnly = true)
	public List<DocumentRow> rows(Collection<Long> ids, Caller caller) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.visibility.of(caller)
			.bind(this.jdbc
				.sql("""
						select d.id, d.citation, d.doc_type, d.issuer_code, i.full_name, d.issue_date, d.summary, %s as status
						from directive_document d join directive_issuer i on i.id = d.issuer_id
						where d.id in (:ids) and %s order by d.issue_date, d.id"""
					.formatted(STATUS, Visibility.DOCUMENT)))
			.param("ids", List.copyOf(ids))
			.param("today", VietnamTime.today(this.clock))
			.query((rs, n) -> new DocumentRow(rs.getLong(1), rs.getString(2), DocumentType.valueOf(rs.getString(3)),
					rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7),
					DocumentStatus.valueOf(rs.getString(8))))
			.list();
	}

	@Transactional(readOnly = true)
	public DocumentView require(long id, Caller caller) {
		requireVisible(id, caller);
		return view(id, VietnamTime.today(this.clock), this.visibility.of(caller));
	}

	/**
	 * Whether the caller may change the document (edit, attach, link from it, or change
	 * its status by a link to it): a registering role and write rights on its owner unit,
	 * the unit itself or one above it in the caller's scope (decision 0160). Seeing a
	 * document is not enough.
	 */
	@Transactional(readOnly = true)
	public boolean mayWrite(long id, Caller caller) {
		if (!Visibility.mayRegister(caller)) {
			return false;
		}
		if (caller.isAdmin()) {
			return true;
		}
		Optional<String> ownerPath = this.jdbc.sql("""
				select u.path from directive_document d join unit_ref u on u.id = d.owner_unit_id where d.id = :id""")
			.param("id", id)
			.query(String.class)
			.optional();
		return ownerPath.isPresent() && this.visibility.of(caller).scope().covers(ownerPath.get());
	}

	/** 404 unless the caller sees the document, 403 unless they may change it. */
	@Transactional(readOnly = true)
	public void requireWritable(long id, Caller caller) {
		requireVisible(id, caller);
		if (!mayWrite(id, caller)) {
			throw new NotPermittedException("directive.write.notOwner");
		}
	}

	public DocumentView view(long id, LocalDate today, Visibility.View visible) {
		DocumentView base = this.jdbc.sql("""
				select d.id, d.citation, d.number, d.type_code, d.doc_type, d.style, d.issuer_id, d.issuer_code,
				       i.full_name, d.issue_date, d.summary, d.term_id, t.label, d.effective_on, %s as status,
				       d.owner_unit_id, u.name as owner_name, d.full_text
				from directive_document d join directive_issuer i on i.id = d.issuer_id
				left join directive_term t on t.id = d.term_id left join unit_ref u on u.id = d.owner_unit_id
				where d.id = :id""".formatted(STATUS))
			.param("id", id)
			.param("today", today)
			.query((rs, n) -> new DocumentView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					DocumentType.valueOf(rs.getString(5)), CitationStyle.valueOf(rs.getString(6)), rs.getLong(7),
					rs.getString(8), rs.getString(9), rs.getObject(10, LocalDate.class), rs.getString(11),
					(Long) rs.getObject(12), rs.getString(13), rs.getObject(14, LocalDate.class),
					DocumentStatus.valueOf(rs.getString(15)), (Long) rs.getObject(16), rs.getString(17),
					rs.getString(18), List.of(), List.of()))
			.optional()
			.orElseThrow(() -> NotFoundException.of("directive", id));
		List<DocumentView.DocumentLink> links = visible
			.bind(this.jdbc
				.sql("""
						select l.id, l.kind, l.from_id = :id as outgoing, o.id, o.citation, o.issue_date, o.summary, l.effective_on,
						       exists (select 1 from directive_document d where d.id = o.id and %s) as visible
						from directive_link l join directive_document o on o.id = case when l.from_id = :id then l.to_id else l.from_id end
						where l.from_id = :id or l.to_id = :id order by o.issue_date, o.id"""
					.formatted(Visibility.DOCUMENT)))
			.param("id", id)
			.query((rs, n) -> new DocumentView.DocumentLink(rs.getLong(1), LinkKind.valueOf(rs.getString(2)),
					rs.getBoolean(3), rs.getLong(4), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7),
					rs.getObject(8, LocalDate.class), rs.getBoolean(9)))
			.list();
		List<DocumentView.Attachment> attachments = this.jdbc.sql(
				"select id, file_name, content_type, size_bytes from directive_attachment where document_id = :id order by id")
			.param("id", id)
			.query((rs, n) -> new DocumentView.Attachment(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getLong(4)))
			.list();
		return new DocumentView(base.id(), base.citation(), base.number(), base.typeCode(), base.type(), base.style(),
				base.issuerId(), base.issuerCode(), base.issuerName(), base.issueDate(), base.summary(), base.termId(),
				base.termLabel(), base.effectiveOn(), base.status(), base.ownerUnitId(), base.ownerUnitName(),
				base.fullText(), links, attachments);
	}

	public Long ownerOf(long documentId) {
		return this.jdbc.sql("select owner_unit_id from directive_document where id = :id")
			.param("id", documentId)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	@Transactional(readOnly = true)
	public String unitName(long unitId) {
		return this.jdbc.sql("select name from unit_ref where id = :id")
			.param("id", unitId)
			.query(String.class)
			.optional()
			.orElse("");
	}

}
