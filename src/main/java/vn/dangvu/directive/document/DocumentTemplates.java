package vn.dangvu.directive.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.directive.DocumentType;
import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.ConflictException;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.security.Role;

/**
 * Templates per unit and document type (decision 0143): the type's own row, else the
 * unit's row for every type, else the built-in default derived from the unit. Every save
 * bumps the version and is audited with before and after.
 */
@Service
@RequiredArgsConstructor
class DocumentTemplates {

	private static final Locale VI = Locale.forLanguageTag("vi");

	private final JdbcClient jdbc;

	private final DocumentUnits units;

	private final UnitScopes scopes;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	static boolean mayEdit(Caller caller) {
		return caller.hasAny(Role.ADMIN, Role.COMMITTEE_OFFICE);
	}

	/** The values a new document of this type for this unit starts with. */
	@Transactional(readOnly = true)
	public TemplateValues resolve(long unitId, DocumentType type) {
		DocumentUnits.Unit unit = unit(unitId);
		return stored(unitId, type).or(() -> stored(unitId, null)).orElseGet(() -> builtIn(unit));
	}

	/**
	 * Exactly the row for this unit and type (null: every type), or the one it falls back
	 * to.
	 */
	@Transactional(readOnly = true)
	public TemplateValues forEditing(long unitId, DocumentType type) {
		DocumentUnits.Unit unit = unit(unitId);
		Optional<TemplateValues> own = stored(unitId, type);
		if (own.isPresent()) {
			return own.get();
		}
		TemplateValues fallback = type == null ? builtIn(unit) : stored(unitId, null).orElseGet(() -> builtIn(unit));
		return withStored(fallback, false, 0);
	}

	@Transactional
	public void save(long unitId, DocumentType type, TemplateValues values, long expectedVersion) {
		Caller caller = CurrentCaller.require();
		if (!mayEdit(caller)) {
			throw new NotFoundException("directive.document.template.notFound", unitId);
		}
		unit(unitId);
		check(values);
		Optional<TemplateValues> before = stored(unitId, type);
		long currentVersion = before.map(TemplateValues::version).orElse(0L);
		if (currentVersion != expectedVersion) {
			throw new ConflictException(null, "directive.document.template.stale");
		}
		long id = this.jdbc.sql("""
				insert into party_doc_template (unit_id, doc_type, superior_name, issuer_name, on_behalf, signer_title,
				    signer_name, place, recipients, opening, closing, font_size, updated_by, version)
				values (:unit, :type, :superior, :issuer, :onBehalf, :title, :signer, :place, :recipients, :opening,
				    :closing, :size, :by, 1)
				on conflict on constraint party_doc_template_uk do update set
				    superior_name = excluded.superior_name, issuer_name = excluded.issuer_name,
				    on_behalf = excluded.on_behalf, signer_title = excluded.signer_title,
				    signer_name = excluded.signer_name, place = excluded.place, recipients = excluded.recipients,
				    opening = excluded.opening, closing = excluded.closing, font_size = excluded.font_size,
				    updated_by = excluded.updated_by, updated_at = now(), version = party_doc_template.version + 1
				returning id""")
			.param("unit", unitId)
			.param("type", type == null ? null : type.name())
			.param("superior", values.superiorName().strip())
			.param("issuer", values.issuerName().strip())
			.param("onBehalf", values.onBehalf().strip())
			.param("title", values.signerTitle().strip())
			.param("signer", values.signerName().strip())
			.param("place", values.place().strip())
			.param("recipients", values.recipients().strip())
			.param("opening", values.opening().strip())
			.param("closing", values.closing().strip())
			.param("size", values.fontSize())
			.param("by", caller.username())
			.query(Long.class)
			.single();
		Map<String, Object> after = map(values);
		after.put("unitId", unitId);
		after.put("type", type == null ? "" : type.name());
		this.events.publishEvent(before.isPresent()
				? RecordChanged.updated("PartyDocumentTemplate", id, "UPDATE", unitId, map(before.get()), after)
				: RecordChanged.created("PartyDocumentTemplate", id, unitId, after));
	}

	/** The types that have their own template for the unit. */
	@Transactional(readOnly = true)
	public List<String> typesWithOwnTemplate(long unitId) {
		return this.jdbc.sql("select coalesce(doc_type, '') from party_doc_template where unit_id = :unit order by 1")
			.param("unit", unitId)
			.query(String.class)
			.list();
	}

	/**
	 * The place of the date line that the unit's offices wrote in a template: the
	 * template of the unit or of the nearest unit above it with one, a minutes template
	 * before one for every type. Not scoped: a town's name is no secret, and the caller
	 * has been checked by the module asking.
	 */
	@Transactional(readOnly = true)
	public Optional<String> nearestPlace(long unitId) {
		return this.jdbc.sql("""
				select t.place from party_doc_template t
				join unit_ref above on above.id = t.unit_id
				join unit_ref u on u.id = :unit and u.path like above.path || '%'
				where t.place <> '' and (t.doc_type is null or t.doc_type = :minutes)
				order by length(above.path) desc, t.doc_type nulls last
				limit 1""")
			.param("unit", unitId)
			.param("minutes", DocumentType.MINUTES.name())
			.query(String.class)
			.optional();
	}

	private DocumentUnits.Unit unit(long unitId) {
		return this.units.find(unitId, this.scopes.current())
			.orElseThrow(() -> new NotFoundException("directive.document.unit.notFound", unitId));
	}

	static void check(TemplateValues v) {
		required("issuerName", v.issuerName(), 200);
		required("onBehalf", v.onBehalf(), 100);
		required("signerTitle", v.signerTitle(), 100);
		required("place", v.place(), 100);
		optional("superiorName", v.superiorName(), 200);
		optional("signerName", v.signerName(), 150);
		optional("recipients", v.recipients(), 4000);
		optional("opening", v.opening(), 20000);
		optional("closing", v.closing(), 20000);
		if (v.fontSize() != 13 && v.fontSize() != 14) {
			throw RuleViolationException.onField("fontSize", "directive.document.fontSize.invalid");
		}
	}

	static void required(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw RuleViolationException.onField(field, "directive.document.required");
		}
		optional(field, value, max);
	}

	static void optional(String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			throw RuleViolationException.onField(field, "directive.document.tooLong", max);
		}
	}

	private Optional<TemplateValues> stored(long unitId, DocumentType type) {
		return this.jdbc.sql("""
				select superior_name, issuer_name, on_behalf, signer_title, signer_name, place, recipients, opening,
				       closing, font_size, true as stored, version
				from party_doc_template where unit_id = :unit and doc_type is not distinct from :type""")
			.param("unit", unitId)
			.param("type", type == null ? null : type.name())
			.query(TemplateValues.class)
			.optional();
	}

	/** The default every unit has before its office writes a template (decision 0143). */
	TemplateValues builtIn(DocumentUnits.Unit unit) {
		boolean cell = unit.isCell();
		String superior = unit.parentName() == null ? "" : unit.parentName();
		String kind = cell ? "cell" : "committee";
		StringBuilder recipients = new StringBuilder();
		if (!superior.isEmpty()) {
			recipients.append("- ")
				.append(text("directive.document.default.recipients.reportTo", superior))
				.append('\n');
		}
		recipients.append("- ").append(text("directive.document.default.recipients." + kind)).append('\n');
		recipients.append("- ").append(text("directive.document.default.recipients.keep." + kind));
		return new TemplateValues(superior, DocumentRegistration.issuerName(unit),
				text(cell ? "directive.document.default.onBehalf.cell"
						: "directive.document.default.onBehalf.committee"),
				text("directive.document.default.signerTitle"), "", "", recipients.toString(), "", "", 14, false, 0);
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, VI);
	}

	private static TemplateValues withStored(TemplateValues v, boolean stored, long version) {
		return new TemplateValues(v.superiorName(), v.issuerName(), v.onBehalf(), v.signerTitle(), v.signerName(),
				v.place(), v.recipients(), v.opening(), v.closing(), v.fontSize(), stored, version);
	}

	private static Map<String, Object> map(TemplateValues v) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("superiorName", v.superiorName());
		m.put("issuerName", v.issuerName());
		m.put("onBehalf", v.onBehalf());
		m.put("signerTitle", v.signerTitle());
		m.put("signerName", v.signerName());
		m.put("place", v.place());
		m.put("recipients", v.recipients());
		m.put("opening", v.opening());
		m.put("closing", v.closing());
		m.put("fontSize", v.fontSize());
		return m;
	}

}
