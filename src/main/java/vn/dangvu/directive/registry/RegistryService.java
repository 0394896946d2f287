package vn.dangvu.directive.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.directive.Citation;
import vn.dangvu.directive.CitationParse;
import vn.dangvu.directive.DocumentType;
import vn.dangvu.directive.DocumentView;
import vn.dangvu.directive.Issuer;
import vn.dangvu.directive.NewDocument;
import vn.dangvu.directive.citation.Citations;
import vn.dangvu.directive.visibility.Visibility;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.ConflictException;
import vn.dangvu.platform.error.NotPermittedException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.text.VietnameseText;
import vn.dangvu.platform.time.VietnamTime;

/**
 * The document registry: registration with identity number + type + issuer + issue date,
 * links, derived status, search without diacritics (decisions 0120, 0121).
 */
@Service
@RequiredArgsConstructor
public class RegistryService {

	public static final int SUMMARY_MAX = 1000;

	public static final int FULL_TEXT_MAX = 2_000_000;

	private final JdbcClient jdbc;

	private final Visibility visibility;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DocumentQueries documents;

	private final IssuerCatalogue issuers;

	private final CommitteeTerms terms;

	@Transactional
	public DocumentView register(NewDocument doc, Caller caller) {
		if (!Visibility.mayRegister(caller)) {
			throw new NotPermittedException("directive.notPermitted");
		}
		CitationParse parse = Citations.parse(doc.citation());
		if (!parse.isValid()) {
			throw RuleViolationException.onField("citation", parse.errorKey(), parse.errorArgs());
		}
		Citation c = parse.citation();
		DocumentType type = typeOf(doc.type(), c);
		long ownerUnitId = ownerUnit(doc.ownerUnitId(), caller);
		Issuer issuer = this.issuers.resolve(doc.issuerId(), c, ownerUnitId);
		checkIssueDate(doc.issueDate(), c);
		String summary = summary(doc.summary());
		String fullText = fullText(doc.fullText());
		checkEffectiveOn(doc.effectiveOn(), doc.issueDate());
		Long termId = termOf(doc.termId(), doc.issueDate());
		Optional<Long> existing = findIdentity(c, issuer.id(), doc.issueDate());
		if (existing.isPresent()) {
			throw duplicate(c.format(), doc.issueDate(), existing.get());
		}
		long id = insert(c, type, issuer, doc, termId, summary, fullText, ownerUnitId, caller.username());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("citation", c.format());
		after.put("type", type.name());
		after.put("issuer", issuer.code() + " " + issuer.fullName());
		after.put("issueDate", doc.issueDate().toString());
		after.put("summary", summary);
		this.events.publishEvent(RecordChanged.created("Directive", id, ownerUnitId, after));
		return this.documents.view(id, VietnamTime.today(this.clock), this.visibility.of(caller));
	}

	/** The type given, or the one the citation's type code stands for. */
	private static DocumentType typeOf(DocumentType given, Citation c) {
		if (given != null) {
			return given;
		}
		if (c.typeCode() == null) {
			throw RuleViolationException.onField("type", "directive.type.required");
		}
		List<DocumentType> types = DocumentType.forCode(c.style(), c.typeCode());
		if (types.isEmpty()) {
			throw RuleViolationException.onField("type", "directive.type.unknownCode", c.typeCode());
		}
		return types.get(0);
	}

	private void checkIssueDate(LocalDate issueDate, Citation c) {
		if (issueDate == null) {
			throw RuleViolationException.onField("issueDate", "directive.issueDate.required");
		}
		if (issueDate.isAfter(VietnamTime.today(this.clock)) || issueDate.getYear() < 1930) {
			throw RuleViolationException.onField("issueDate", "directive.issueDate.invalid");
		}
		if (c.year() != null && c.year() != issueDate.getYear()) {
			throw RuleViolationException.onField("issueDate", "directive.issueDate.yearMismatch", c.year());
		}
	}

	private static String summary(String written) {
		String summary = VietnameseText.clean(written);
		if (summary == null || summary.isEmpty()) {
			throw RuleViolationException.onField("summary", "directive.summary.required");
		}
		if (summary.length() > SUMMARY_MAX) {
			throw RuleViolationException.onField("summary", "directive.summary.tooLong", SUMMARY_MAX);
		}
		return summary;
	}

	private static String fullText(String written) {
		String fullText = (written == null || written.isBlank()) ? null : written.strip();
		if (fullText != null && fullText.length() > FULL_TEXT_MAX) {
			throw RuleViolationException.onField("fullText", "directive.fullText.tooLong");
		}
		return fullText;
	}

	private static void checkEffectiveOn(LocalDate effectiveOn, LocalDate issueDate) {
		if (effectiveOn != null && effectiveOn.isBefore(issueDate)) {
			throw RuleViolationException.onField("effectiveOn", "directive.effectiveOn.beforeIssue");
		}
	}

	/** The term given (which must exist), or the one the issue date falls in. */
	private Long termOf(Long termId, LocalDate issueDate) {
		if (termId == null) {
			return this.terms.termOn(issueDate).orElse(null);
		}
		boolean exists = this.jdbc.sql("select count(*) from directive_term where id = :id")
			.param("id", termId)
			.query(Integer.class)
			.single() > 0;
		if (!exists) {
			throw RuleViolationException.onField("termId", "directive.term.unknown");
		}
		return termId;
	}

	private long insert(Citation c, DocumentType type, Issuer issuer, NewDocument doc, Long termId, String summary,
			String fullText, long ownerUnitId, String by) {
		String citation = c.format();
		return this.jdbc.sql("""
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
			.param("tc", c.typeCode())
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
			.param("search", searchText(citation, type, issuer, summary, fullText))
			.param("by", by)
			.query(Long.class)
			.single();
	}

	/**
	 * Changes what is not the identity: summary, committee term, effective date, full
	 * text. The citation, type, issuer and issue date stay (register anew if wrong).
	 */
	@Transactional
	public DocumentView update(long id, String summary, Long termId, LocalDate effectiveOn, String fullText,
			Caller caller) {
		this.documents.requireWritable(id, caller);
		DocumentView before = this.documents.require(id, caller);
		String s = summary(summary);
		String text = fullText(fullText);
		checkEffectiveOn(effectiveOn, before.issueDate());
		if (termId != null && this.terms.terms().stream().noneMatch((t) -> t.id() == termId)) {
			throw RuleViolationException.onField("termId", "directive.term.unknown");
		}
		Issuer issuer = this.issuers.issuer(before.issuerId()).orElseThrow();
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
		return this.documents.view(id, VietnamTime.today(this.clock), this.visibility.of(caller));
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

	private long ownerUnit(Long requested, Caller caller) {
		Visibility.View view = this.visibility.of(caller);
		if (requested != null) {
			String path = this.jdbc.sql("select path from unit_ref where id = :id")
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
				.sql("select id from unit_ref where parent_id is null and kind = 'BLOC_COMMITTEE' order by id limit 1")
				.query(Long.class)
				.single();
		}
		return this.jdbc.sql("select id from unit_ref where id = any(:ids) order by depth, id limit 1")
			.param("ids", caller.scopeUnitIds().toArray(Long[]::new))
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotPermittedException("directive.notPermitted"));
	}

}
