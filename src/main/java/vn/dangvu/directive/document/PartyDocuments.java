package vn.dangvu.directive.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.directive.Citation;
import vn.dangvu.directive.DocumentType;
import vn.dangvu.directive.Issuer;
import vn.dangvu.directive.registry.CommitteeTerms;
import vn.dangvu.organisation.UnitScope;
import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.ConflictException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.security.Role;
import vn.dangvu.platform.time.VietnamTime;

/**
 * Drafting, issuing and rendering Party-format documents. A draft is editable until it is
 * issued; issuing takes the next number for the issuer, type and committee term, writes
 * the registry row and makes the document read-only (a correction is a new document).
 */
@Service
@RequiredArgsConstructor
class PartyDocuments {

	private final JdbcClient jdbc;

	private final UnitScopes scopes;

	private final DocumentUnits units;

	private final PartyDocumentQueries queries;

	private final DocumentTemplates templates;

	private final CommitteeTerms terms;

	private final NumberAllocator numbers;

	private final DocumentRegistration registration;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LocalDate today() {
		return VietnamTime.today(this.clock);
	}

	/** Offices, administrators and cell secretaries write documents; others see none. */
	static boolean mayWrite(Caller caller) {
		return caller.hasAny(Role.ADMIN, Role.COMMITTEE_OFFICE, Role.CELL_SECRETARY);
	}

	/** The types a Party body issues (those with a Party code). */
	static List<DocumentType> partyTypes() {
		return Arrays.stream(DocumentType.values()).filter((t) -> t.partyCode() != null).toList();
	}

	@Transactional(readOnly = true)
	public List<DocumentUnits.Unit> units() {
		return this.units.all(scope());
	}

	@Transactional(readOnly = true)
	public Page<PartyDocumentRow> list(DocumentType type, PartyDocument.Status status, int page) {
		return this.queries.list(type, status, page, scope());
	}

	@Transactional(readOnly = true)
	public PartyDocument get(long id) {
		return this.queries.get(id, scope());
	}

	/** A new document's starting values from the unit's template. */
	@Transactional(readOnly = true)
	public DocumentDraft startingDraft(long unitId, DocumentType type) {
		TemplateValues t = this.templates.resolve(unitId, type);
		return new DocumentDraft(unitId, type, t.superiorName(), t.issuerName(), "", t.startingBody(), t.place(),
				today(), t.onBehalf(), t.signerTitle(), t.signerName(), t.recipients(), t.fontSize(), null);
	}

	@Transactional
	public long create(DocumentDraft draft) {
		Caller caller = CurrentCaller.require();
		DocumentUnits.Unit unit = unitOf(draft);
		check(draft);
		Issuer issuer = this.registration.issuerFor(unit);
		long id = this.jdbc.sql("""
				insert into party_doc (unit_id, issuer_id, doc_type, superior_name, issuer_name, summary, body, place,
				    doc_date, on_behalf, signer_title, signer_name, recipients, font_size, implements_id, created_by)
				values (:unit, :issuer, :type, :superior, :issuerName, :summary, :body, :place, :date, :onBehalf,
				    :title, :signer, :recipients, :size, :implements, :by)
				returning id""")
			.param("unit", unit.id())
			.param("issuer", issuer.id())
			.params(fields(draft))
			.param("by", caller.username())
			.query(Long.class)
			.single();
		this.events.publishEvent(RecordChanged.created("PartyDocument", id, unit.id(), audit(draft)));
		return id;
	}

	@Transactional
	public void update(long id, DocumentDraft draft, long expectedVersion) {
		PartyDocument before = lockedDraft(id);
		if (before.version() != expectedVersion) {
			throw new ConflictException(null, "directive.document.stale");
		}
		check(draft);
		this.jdbc.sql("""
				update party_doc set doc_type = :type, superior_name = :superior, issuer_name = :issuerName,
				    summary = :summary, body = :body, place = :place, doc_date = :date, on_behalf = :onBehalf,
				    signer_title = :title, signer_name = :signer, recipients = :recipients, font_size = :size,
				    implements_id = :implements, version = version + 1, updated_at = now()
				where id = :id""").param("id", id).params(fields(draft)).update();
		this.events.publishEvent(RecordChanged.updated("PartyDocument", id, "UPDATE", before.unitId(),
				audit(before.toDraft()), audit(draft)));
	}

	@Transactional(readOnly = true)
	public IssuePreview previewIssue(long id) {
		PartyDocument doc = get(id);
		requireDraft(doc);
		CommitteeTerms.Term term = this.terms.containing(doc.date());
		int next = this.numbers.peek(doc.issuerId(), doc.type(), term.id());
		Citation citation = DocumentNumber.citation(next, doc.type(), doc.issuerCode());
		return new IssuePreview(DocumentNumber.line(next, doc.type(), doc.issuerCode()), citation.format(),
				term.label());
	}

	/** Takes the number, writes the registry row and closes the document to edits. */
	@Transactional
	public PartyDocument issue(long id) {
		Caller caller = CurrentCaller.require();
		PartyDocument doc = lockedDraft(id);
		check(doc.toDraft());
		CommitteeTerms.Term term = this.terms.containing(doc.date());
		int number = this.numbers.next(doc.issuerId(), doc.type(), term.id());
		Citation citation = DocumentNumber.citation(number, doc.type(), doc.issuerCode());
		long registryId = this.registration.register(doc, citation, term.id());
		this.jdbc.sql("""
				update party_doc set status = 'ISSUED', number_value = :n, citation = :citation, term_id = :term,
				    registry_id = :registry, issued_at = now(), issued_by = :by, version = version + 1,
				    updated_at = now()
				where id = :id""")
			.param("n", number)
			.param("citation", citation.format())
			.param("term", term.id())
			.param("registry", registryId)
			.param("by", caller.username())
			.param("id", id)
			.update();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("status", "ISSUED");
		after.put("citation", citation.format());
		after.put("term", term.label());
		after.put("registryId", registryId);
		this.events.publishEvent(
				RecordChanged.updated("PartyDocument", id, "ISSUE", doc.unitId(), Map.of("status", "DRAFT"), after));
		return get(id);
	}

	@Transactional(readOnly = true)
	public DocumentLayout layout(long id) {
		return DocumentLayout.of(get(id));
	}

	private PartyDocument lockedDraft(long id) {
		PartyDocument doc = get(id);
		this.jdbc.sql("select id from party_doc where id = :id for update").param("id", id).query(Long.class).single();
		doc = get(id);
		requireDraft(doc);
		return doc;
	}

	private static void requireDraft(PartyDocument doc) {
		if (!doc.isDraft()) {
			throw new ConflictException(null, "directive.document.alreadyIssued", doc.citation());
		}
	}

	private DocumentUnits.Unit unitOf(DocumentDraft draft) {
		if (draft.unitId() == null) {
			throw RuleViolationException.onField("unitId", "directive.document.required");
		}
		return this.units.find(draft.unitId(), scope())
			.orElseThrow(
					() -> RuleViolationException.onField("unitId", "directive.document.unit.notFound", draft.unitId()));
	}

	private void check(DocumentDraft d) {
		if (d.type() == null || d.type().partyCode() == null) {
			throw RuleViolationException.onField("type", "directive.document.type.invalid");
		}
		DocumentTemplates.required("summary", d.summary(), 1000);
		DocumentTemplates.required("issuerName", d.issuerName(), 200);
		DocumentTemplates.optional("superiorName", d.superiorName(), 200);
		DocumentTemplates.required("place", d.place(), 100);
		if (d.date() == null) {
			throw RuleViolationException.onField("date", "directive.document.required");
		}
		DocumentTemplates.required("onBehalf", d.onBehalf(), 100);
		DocumentTemplates.required("signerTitle", d.signerTitle(), 100);
		DocumentTemplates.required("signerName", d.signerName(), 150);
		DocumentTemplates.required("recipients", d.recipients(), 4000);
		DocumentTemplates.optional("body", d.body(), 200_000);
		if (d.fontSize() != 13 && d.fontSize() != 14) {
			throw RuleViolationException.onField("fontSize", "directive.document.fontSize.invalid");
		}
		if (d.implementsId() != null && this.registration.citationOf(d.implementsId()).isEmpty()) {
			throw RuleViolationException.onField("implementsId", "directive.document.implements.notFound",
					d.implementsId());
		}
	}

	private static Map<String, Object> fields(DocumentDraft d) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("type", d.type().name());
		m.put("superior", strip(d.superiorName()));
		m.put("issuerName", strip(d.issuerName()));
		m.put("summary", strip(d.summary()));
		m.put("body", d.body() == null ? "" : d.body().replace("\r\n", "\n").strip());
		m.put("place", strip(d.place()));
		m.put("date", d.date());
		m.put("onBehalf", strip(d.onBehalf()));
		m.put("title", strip(d.signerTitle()));
		m.put("signer", strip(d.signerName()));
		m.put("recipients", d.recipients() == null ? "" : d.recipients().replace("\r\n", "\n").strip());
		m.put("size", d.fontSize());
		m.put("implements", d.implementsId());
		return m;
	}

	private static Map<String, Object> audit(DocumentDraft d) {
		Map<String, Object> m = new LinkedHashMap<>(fields(d));
		m.put("date", d.date() == null ? null : d.date().toString());
		m.remove("body");
		m.values().removeIf(java.util.Objects::isNull);
		return m;
	}

	private static String strip(String s) {
		return s == null ? "" : s.strip();
	}

	private UnitScope scope() {
		Caller caller = CurrentCaller.require();
		if (!mayWrite(caller)) {
			return UnitScope.nothing();
		}
		return this.scopes.of(caller);
	}

}
