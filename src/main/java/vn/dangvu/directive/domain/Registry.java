package vn.dangvu.directive.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.directive.Citation;
import vn.dangvu.directive.CitationParse;
import vn.dangvu.directive.CitationStyle;
import vn.dangvu.directive.Citations;
import vn.dangvu.directive.DocumentPage;
import vn.dangvu.directive.DocumentQuery;
import vn.dangvu.directive.DocumentRow;
import vn.dangvu.directive.DocumentStatus;
import vn.dangvu.directive.DocumentType;
import vn.dangvu.directive.DocumentView;
import vn.dangvu.directive.Issuer;
import vn.dangvu.directive.LinkKind;
import vn.dangvu.directive.NewDocument;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.ConflictException;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;
import vn.dangvu.platform.text.VietnameseText;
import vn.dangvu.platform.time.VietnamTime;

/**
 * The document registry: registration with identity number + type + issuer + issue date,
 * links, derived status, search without diacritics (decisions 0120, 0121).
 */
@Service
public class Registry {

	public static final int SUMMARY_MAX = 1000;

	public static final int FULL_TEXT_MAX = 2_000_000;

	/** Status of a document aliased {@code d} on {@code :today}. */
	static final String STATUS = """
			case when exists (select 1 from directive_link sl where sl.to_id = d.id and sl.kind = 'REPLACES'
			                  and (sl.effective_on is null or sl.effective_on <= :today)) then 'REPLACED'
			     when exists (select 1 from directive_link sl where sl.to_id = d.id and sl.kind = 'AMENDS'
			                  and (sl.effective_on is null or sl.effective_on <= :today)) then 'AMENDED'
			     else 'IN_FORCE' end""";

	private final JdbcClient jdbc;

	private final Visibility visibility;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Registry(JdbcClient jdbc, Visibility visibility, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.visibility = visibility;
		this.events = events;
		this.clock = clock;
	}

	static boolean mayRegister(Caller caller) {
		return caller.hasAny(Role.ADMIN, Role.COMMITTEE_OFFICE, Role.CELL_SECRETARY);
	}

	@Transactional
	public DocumentView register(NewDocument doc, Caller caller) {
		if (!mayRegister(caller)) {
			throw new NotPermittedException("directive.notPermitted");
		}
		CitationParse parse = Citations.parse(doc.citation());
		if (!parse.isValid()) {
			throw RuleViolationException.onField("citation", parse.errorKey(), parse.errorArgs());
		}
		Citation c = parse.citation();
		DocumentType type = doc.type();
		if (type == null) {
			if (c.typeCode() == null) {
				throw RuleViolationException.onField("type", "directive.type.required");
			}
			List<DocumentType> types = DocumentType.forCode(c.style(), c.typeCode());
			if (types.isEmpty()) {
				throw RuleViolationException.onField("type", "directive.type.unknownCode", c.typeCode());
			}
			type = types.get(0);
		}
		long ownerUnitId = ownerUnit(doc.ownerUnitId(), caller);
		Issuer issuer = resolveIssuer(doc.issuerId(), c, ownerUnitId);
		if (doc.issueDate() == null) {
			throw RuleViolationException.onField("issueDate", "directive.issueDate.required");
		}
		if (doc.issueDate().isAfter(VietnamTime.today(this.clock)) || doc.issueDate().getYear() < 1930) {
			throw RuleViolationException.onField("issueDate", "directive.issueDate.invalid");
		}
		if (c.year() != null && c.year() != doc.issueDate().getYear()) {
			throw RuleViolationException.onField("issueDate", "directive.issueDate.yearMismatch", c.year());
		}
		String summary = VietnameseText.clean(doc.summary());
		if (summary == null || summary.isEmpty()) {
			throw RuleViolationException.onField("summary", "directive.summary.required");
		}
		if (summary.length() > SUMMARY_MAX) {
			throw RuleViolationException.onField("summary", "directive.summary.tooLong", SUMMARY_MAX);
		}
		String fullText = (doc.fullText() == null || doc.fullText().isBlank()) ? null : doc.fullText().strip();
		if (fullText != null && fullText.length() > FULL_TEXT_MAX) {
			throw RuleViolationException.onField("fullText", "directive.fullText.tooLong");
		}
		if (doc.effectiveOn() != null && doc.effectiveOn().isBefore(doc.issueDate())) {
			throw RuleViolationException.onField("effectiveOn", "directive.effectiveOn.beforeIssue");
		}
		Long termId = doc.termId();
		if (termId != null) {
			boolean exists = this.jdbc.sql("select count(*) from directive_term where id = :id")
				.param("id", termId)
				.query(Integer.class)
				.single() > 0;
			if (!exists) {
				throw RuleViolationException.onField("termId", "directive.term.unknown");
			}
		}
		else {
			termId = termOn(doc.issueDate()).orElse(null);
		}
		String typeCode = c.typeCode();
		Optional<Long> existing = this.jdbc.sql("""
				select id from directive_document where number_value = :n and type_code is not distinct from :t
				and issuer_id = :i and issue_date = :d""")
			.param("n", c.numericNumber())
			.param("t", typeCode)
			.param("i", issuer.id())
			.param("d", doc.issueDate())
			.query(Long.class)
			.optional();
		if (existing.isPresent()) {
			throw duplicate(c.format(), doc.issueDate(), existing.get());
		}
		String citation = c.format();
		String search = searchText(citation, type, issuer, summary, fullText);
		long id = this.jdbc.sql("""
				insert into directive_document (style, number, number_value, citation_year, type_code, doc_type,
				    issuer_id, issuer_code, suffix, citation, issue_date, term_id, summary, effective_on, full_text,
				    owner_unit_id, search_text, created_by)
				values (:style, :number, :nv, :year, :tc, :dt, :iid, :icode, :suffix, :citation, :date, :term, :summary,
				    :eff, :text, :owner, :search, :by)
				returning id""")
			.param("style", c.style().name())
			.param("number", c.number())
			.param("nv", c.numericNumber())
			.param("year", c.year())
			.param("tc", typeCode)
			.param("dt", type.name())
			.param("iid", issuer.id())
			.param("icode", c.issuerCode() != null ? c.issuerCode() : issuer.code())
			.param("suffix", c.suffix())
			.param("citation", citation)
			.param("date", doc.issueDate())
			.param("term", termId)
			.param("summary", summary)
			.param("eff", doc.effectiveOn())
			.param("text", fullText)
			.param("owner", ownerUnitId)
			.param("search", search)
			.param("by", caller.username())
			.query(Long.class)
			.single();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("citation", citation);
		after.put("type", type.name());
		after.put("issuer", issuer.code() + " " + issuer.fullName());
		after.put("issueDate", doc.issueDate().toString());
		after.put("summary", summary);
		this.events.publishEvent(RecordChanged.created("Directive", id, ownerUnitId, after));
		return view(id, VietnamTime.today(this.clock), this.visibility.of(caller));
	}

	/**
	 * Changes what is not the identity: summary, committee term, effective date, full
	 * text. The citation, type, issuer and issue date stay (register anew if wrong).
	 */
	@Transactional
	public DocumentView update(long id, String summary, Long termId, LocalDate effectiveOn, String fullText,
			Caller caller) {
		requireWritable(id, caller);
		DocumentView before = require(id, caller);
		String s = VietnameseText.clean(summary);
		if (s == null || s.isEmpty()) {
			throw RuleViolationException.onField("summary", "directive.summary.required");
		}
		if (s.length() > SUMMARY_MAX) {
			throw RuleViolationException.onField("summary", "directive.summary.tooLong", SUMMARY_MAX);
		}
		String text = (fullText == null || fullText.isBlank()) ? null : fullText.strip();
		if (text != null && text.length() > FULL_TEXT_MAX) {
			throw RuleViolationException.onField("fullText", "directive.fullText.tooLong");
		}
		if (effectiveOn != null && effectiveOn.isBefore(before.issueDate())) {
			throw RuleViolationException.onField("effectiveOn", "directive.effectiveOn.beforeIssue");
		}
		if (termId != null && terms().stream().noneMatch((t) -> t.id() == termId)) {
			throw RuleViolationException.onField("termId", "directive.term.unknown");
		}
		Issuer issuer = issuer(before.issuerId()).orElseThrow();
		this.jdbc.sql("""
				update directive_document set summary = :s, term_id = :t, effective_on = :e, full_text = :x,
				search_text = :q, version = version + 1 where id = :id""")
			.param("s", s)
			.param("t", termId)
			.param("e", effectiveOn)
			.param("x", text)
			.param("q", searchText(before.citation(), before.type(), issuer, s, text))
			.param("id", id)
			.update();
		Map<String, Object> b = new LinkedHashMap<>();
		b.put("summary", before.summary());
		b.put("term", String.valueOf(before.termLabel()));
		b.put("effectiveOn", String.valueOf(before.effectiveOn()));
		Map<String, Object> a = new LinkedHashMap<>();
		a.put("summary", s);
		a.put("termId", String.valueOf(termId));
		a.put("effectiveOn", String.valueOf(effectiveOn));
		this.events.publishEvent(RecordChanged.updated("Directive", id, "UPDATE", before.ownerUnitId(), b, a));
		return view(id, VietnamTime.today(this.clock), this.visibility.of(caller));
	}

	static ConflictException duplicate(String citation, LocalDate date, long existingId) {
		return new ConflictException("citation", "directive.duplicate", citation,
				date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")), "/directives/" + existingId,
				existingId);
	}

	/** The id of a registered document with this identity, if any (no scope check). */
	@Transactional(readOnly = true)
	public Optional<Long> findIdentity(Citation c, long issuerId, LocalDate issueDate) {
		return this.jdbc.sql("""
				select id from directive_document where number_value = :n and type_code is not distinct from :t
				and issuer_id = :i and issue_date = :d""")
			.param("n", c.numericNumber())
			.param("t", c.typeCode())
			.param("i", issuerId)
			.param("d", issueDate)
			.query(Long.class)
			.optional();
	}

	private static String searchText(String citation, DocumentType type, Issuer issuer, String summary,
			String fullText) {
		String text = citation + " " + type.word() + " " + issuer.code() + " " + issuer.fullName() + " " + summary;
		if (fullText != null) {
			text += " " + fullText;
		}
		return VietnameseText.fold(text);
	}

	private Issuer resolveIssuer(Long issuerId, Citation c, long ownerUnitId) {
		if (issuerId != null) {
			return issuer(issuerId)
				.orElseThrow(() -> RuleViolationException.onField("issuerId", "directive.issuer.unknown"));
		}
		if (c.issuerCode() == null) {
			throw RuleViolationException.onField("issuerId", "directive.issuer.required");
		}
		List<Issuer> found = issuers(true).stream().filter((i) -> i.code().equals(c.issuerCode())).toList();
		if (found.size() > 1) {
			// "ĐU" names every Đảng ủy: the one of the registering unit is meant
			List<Issuer> own = found.stream().filter((i) -> i.unitId() != null && i.unitId() == ownerUnitId).toList();
			if (own.size() == 1) {
				return own.get(0);
			}
		}
		if (found.size() != 1) {
			throw RuleViolationException.onField("issuerId",
					found.isEmpty() ? "directive.issuer.noneForCode" : "directive.issuer.choose", c.issuerCode());
		}
		return found.get(0);
	}

	private long ownerUnit(Long requested, Caller caller) {
		Visibility.View view = this.visibility.of(caller);
		if (requested != null) {
			String path = this.jdbc.sql("select path from org_unit where id = :id")
				.param("id", requested)
				.query(String.class)
				.optional()
				.orElseThrow(() -> RuleViolationException.onField("ownerUnitId", "directive.unit.unknown"));
			if (!view.scope().covers(path)) {
				throw RuleViolationException.onField("ownerUnitId", "directive.unit.unknown");
			}
			return requested;
		}
		if (caller.isAdmin()) {
			return this.jdbc
				.sql("select id from org_unit where parent_id is null and kind = 'BLOC_COMMITTEE' order by id limit 1")
				.query(Long.class)
				.single();
		}
		return this.jdbc.sql("select id from org_unit where id = any(:ids) order by depth, id limit 1")
			.param("ids", caller.scopeUnitIds().toArray(Long[]::new))
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotPermittedException("directive.notPermitted"));
	}

	public Optional<Long> termOn(LocalDate date) {
		return this.jdbc
			.sql("select id from directive_term where starts_on <= :d and ends_on > :d order by starts_on desc limit 1")
			.param("d", date)
			.query(Long.class)
			.optional();
	}

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
		if (!mayRegister(caller)) {
			return false;
		}
		if (caller.isAdmin()) {
			return true;
		}
		Optional<String> ownerPath = this.jdbc.sql("""
				select u.path from directive_document d join org_unit u on u.id = d.owner_unit_id where d.id = :id""")
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

	/**
	 * Whether the caller may add or remove a link of this kind between the two documents:
	 * write rights on the document it starts from and, when it replaces or amends the
	 * other one (changes its status), on that one too.
	 */
	boolean mayLink(long fromId, long toId, LinkKind kind, Caller caller) {
		return mayWrite(fromId, caller) && (!changesStatus(kind) || mayWrite(toId, caller));
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

	DocumentView view(long id, LocalDate today, Visibility.View visible) {
		DocumentView base = this.jdbc.sql("""
				select d.id, d.citation, d.number, d.type_code, d.doc_type, d.style, d.issuer_id, d.issuer_code,
				       i.full_name, d.issue_date, d.summary, d.term_id, t.label, d.effective_on, %s as status,
				       d.owner_unit_id, u.name as owner_name, d.full_text
				from directive_document d join directive_issuer i on i.id = d.issuer_id
				left join directive_term t on t.id = d.term_id left join org_unit u on u.id = d.owner_unit_id
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

	@Transactional(readOnly = true)
	public DocumentPage search(DocumentQuery query, Caller caller) {
		Visibility.View view = this.visibility.of(caller);
		LocalDate today = VietnamTime.today(this.clock);
		StringBuilder where = new StringBuilder(Visibility.DOCUMENT);
		Map<String, Object> params = new LinkedHashMap<>();
		List<String> words = new ArrayList<>();
		if (query.q() != null && !query.q().isBlank()) {
			for (String w : VietnameseText.fold(query.q()).split(" ")) {
				if (!w.isEmpty()) {
					words.add(w);
				}
			}
		}
		if (!words.isEmpty()) {
			// the whole phrase first: "quy che dan chu" must appear as written
			where.append(" and d.search_text like :phrase escape '\\'");
			params.put("phrase", VietnameseText.likeContains(String.join(" ", words)));
		}
		if (query.type() != null) {
			where.append(" and d.doc_type = :type");
			params.put("type", query.type().name());
		}
		if (query.issuerId() != null) {
			where.append(" and d.issuer_id = :issuer");
			params.put("issuer", query.issuerId());
		}
		if (query.year() != null) {
			where.append(" and d.issue_date >= :y0 and d.issue_date < :y1");
			params.put("y0", LocalDate.of(query.year(), 1, 1));
			params.put("y1", LocalDate.of(query.year() + 1, 1, 1));
		}
		if (query.status() != null) {
			where.append(" and (").append(STATUS).append(") = :status");
			params.put("status", query.status().name());
		}
		String order = switch (query.sort() == null ? "date" : query.sort().toLowerCase(Locale.ROOT)) {
			case "citation" -> "d.number_value, d.issue_date desc, d.id";
			case "oldest" -> "d.issue_date, d.id";
			default -> "d.issue_date desc, d.id desc";
		};
		JdbcClient.StatementSpec count = view
			.bind(this.jdbc.sql("select count(*) from directive_document d where " + where))
			.param("today", today);
		for (Map.Entry<String, Object> p : params.entrySet()) {
			count = count.param(p.getKey(), p.getValue());
		}
		long total = count.query(Long.class).single();
		JdbcClient.StatementSpec list = view.bind(this.jdbc.sql("""
				select d.id, d.citation, d.doc_type, d.issuer_code, i.full_name, d.issue_date, d.summary, %s
				from directive_document d join directive_issuer i on i.id = d.issuer_id
				where %s order by %s limit :limit offset :offset""".formatted(STATUS, where, order)))
			.param("today", today)
			.param("limit", query.size())
			.param("offset", (long) query.page() * query.size());
		for (Map.Entry<String, Object> p : params.entrySet()) {
			list = list.param(p.getKey(), p.getValue());
		}
		List<DocumentRow> rows = list
			.query((rs, n) -> new DocumentRow(rs.getLong(1), rs.getString(2), DocumentType.valueOf(rs.getString(3)),
					rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7),
					DocumentStatus.valueOf(rs.getString(8))))
			.list();
		return new DocumentPage(rows, query.page(), query.size(), total);
	}

	@Transactional
	public long link(long fromId, long toId, LinkKind kind, LocalDate effectiveOn, Caller caller) {
		requireWritable(fromId, caller);
		try {
			requireVisible(toId, caller);
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
		this.events.publishEvent(RecordChanged.created("DirectiveLink", id, ownerOf(fromId),
				Map.of("from", fromId, "to", toId, "kind", kind.name(), "effectiveOn", String.valueOf(effectiveOn))));
		return id;
	}

	long insertLink(long fromId, long toId, LinkKind kind, LocalDate effectiveOn, String by) {
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
		if (!mayRegister(caller)) {
			throw new NotPermittedException("directive.notPermitted");
		}
		requireVisible(documentId, caller);
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
		this.events.publishEvent(RecordChanged.updated("DirectiveLink", linkId, "DELETE", ownerOf(documentId),
				Map.of("document", documentId), Map.of()));
	}

	Long ownerOf(long documentId) {
		return this.jdbc.sql("select owner_unit_id from directive_document where id = :id")
			.param("id", documentId)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	// attachments

	public static final long ATTACHMENT_MAX = 20L * 1024 * 1024;

	@Transactional
	public long attach(long documentId, String fileName, String contentType, byte[] content, Caller caller) {
		requireWritable(documentId, caller);
		return storeAttachment(documentId, fileName, content, caller);
	}

	/**
	 * Stores a file on a document without the owner check; callers check their own right
	 * (a unit's report on a directive it was assigned: {@link Cascade#attachReport}).
	 */
	long storeAttachment(long documentId, String fileName, byte[] content, Caller caller) {
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
		this.events.publishEvent(RecordChanged.created("DirectiveAttachment", id, ownerOf(documentId),
				Map.of("document", documentId, "fileName", name, "size", content.length)));
		return id;
	}

	public record AttachmentContent(String fileName, String contentType, byte[] content) {

	}

	@Transactional(readOnly = true)
	public AttachmentContent attachment(long documentId, long attachmentId, Caller caller) {
		requireVisible(documentId, caller);
		return this.jdbc
			.sql("""
					select file_name, content_type, content from directive_attachment where id = :id and document_id = :d""")
			.param("id", attachmentId)
			.param("d", documentId)
			.query((rs, n) -> new AttachmentContent(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional()
			.orElseThrow(() -> NotFoundException.of("directiveAttachment", attachmentId));
	}

	// issuers

	@Transactional(readOnly = true)
	public List<Issuer> issuers(boolean activeOnly) {
		return this.jdbc
			.sql("select id, code, full_name, level, style, unit_id, active from directive_issuer"
					+ (activeOnly ? " where active" : "") + " order by code, full_name")
			.query((rs, n) -> new Issuer(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					CitationStyle.valueOf(rs.getString(5)), (Long) rs.getObject(6), rs.getBoolean(7)))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Issuer> issuer(long id) {
		return this.jdbc
			.sql("select id, code, full_name, level, style, unit_id, active from directive_issuer where id = :id")
			.param("id", id)
			.query((rs, n) -> new Issuer(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					CitationStyle.valueOf(rs.getString(5)), (Long) rs.getObject(6), rs.getBoolean(7)))
			.optional();
	}

	/** Adds (id null) or edits an issuer; administrators and committee offices only. */
	@Transactional
	public Issuer saveIssuer(Long id, String code, String fullName, String level, CitationStyle style, Boolean active,
			Caller caller) {
		if (!caller.hasAny(Role.ADMIN, Role.COMMITTEE_OFFICE)) {
			throw new NotPermittedException("directive.notPermitted");
		}
		String c = VietnameseText.clean(code);
		String name = VietnameseText.clean(fullName);
		if (c == null || c.isEmpty() || c.length() > 20 || !c.matches("[\\p{L}\\p{N}]+")) {
			throw RuleViolationException.onField("code", "directive.issuer.codeInvalid");
		}
		if (name == null || name.isEmpty() || name.length() > 200) {
			throw RuleViolationException.onField("fullName", "directive.issuer.nameRequired");
		}
		if (level == null || !Issuer.LEVELS.contains(level)) {
			throw RuleViolationException.onField("level", "directive.issuer.levelInvalid");
		}
		CitationStyle s = style != null ? style
				: (level.equals("STATE") || level.equals("MASS_ORG") ? CitationStyle.STATE : CitationStyle.PARTY);
		Optional<Long> clash = this.jdbc.sql(
				"select id from directive_issuer where code = :c and full_name = :n and (cast(:id as bigint) is null or id <> :id)")
			.param("c", c)
			.param("n", name)
			.param("id", id)
			.query(Long.class)
			.optional();
		if (clash.isPresent()) {
			throw new ConflictException("fullName", "directive.issuer.duplicate", c, name);
		}
		String search = VietnameseText.fold(c + " " + name);
		if (id == null) {
			long newId = this.jdbc.sql("""
					insert into directive_issuer (code, full_name, level, style, search_text)
					values (:c, :n, :l, :s, :q) returning id""")
				.param("c", c)
				.param("n", name)
				.param("l", level)
				.param("s", s.name())
				.param("q", search)
				.query(Long.class)
				.single();
			this.events.publishEvent(RecordChanged.created("DirectiveIssuer", newId, null,
					Map.of("code", c, "fullName", name, "level", level)));
			return issuer(newId).orElseThrow();
		}
		Issuer before = issuer(id).orElseThrow(() -> NotFoundException.of("directiveIssuer", id));
		boolean act = active == null ? before.active() : active;
		this.jdbc.sql("""
				update directive_issuer set code = :c, full_name = :n, level = :l, style = :s, active = :a,
				search_text = :q where id = :id""")
			.param("c", c)
			.param("n", name)
			.param("l", level)
			.param("s", s.name())
			.param("a", act)
			.param("q", search)
			.param("id", id)
			.update();
		this.events.publishEvent(RecordChanged.updated(
				"DirectiveIssuer", id, "UPDATE", null, Map.of("code", before.code(), "fullName", before.fullName(),
						"level", before.level(), "active", before.active()),
				Map.of("code", c, "fullName", name, "level", level, "active", act)));
		return issuer(id).orElseThrow();
	}

	public record Term(long id, String label, LocalDate startsOn, LocalDate endsOn) {

	}

	@Transactional(readOnly = true)
	public List<Term> terms() {
		return this.jdbc.sql("select id, label, starts_on, ends_on from directive_term order by starts_on desc")
			.query((rs, n) -> new Term(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getObject(4, LocalDate.class)))
			.list();
	}

	@Transactional(readOnly = true)
	public String unitName(long unitId) {
		return this.jdbc.sql("select name from org_unit where id = :id")
			.param("id", unitId)
			.query(String.class)
			.optional()
			.orElse("");
	}

}
