package vn.dangvu.directive.document;

import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangvu.directive.Citation;
import vn.dangvu.directive.DocumentView;
import vn.dangvu.directive.Issuer;
import vn.dangvu.directive.LinkKind;
import vn.dangvu.directive.NewDocument;
import vn.dangvu.directive.registry.IssuerCatalogue;
import vn.dangvu.directive.registry.LinkService;
import vn.dangvu.directive.registry.RegistryService;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.ConflictException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;

/**
 * Where Party documents meet the registry: the catalogue issuer of a unit and the
 * registry row of an issued document, in plain SQL on the columns of V600/V601 (decision
 * 0142). Kept in this one class so that the registry's own API can replace it.
 */
@Component
@RequiredArgsConstructor
class DocumentRegistration {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final RegistryService registry;

	private final LinkService links;

	private final IssuerCatalogue issuers;

	/** The issuer a unit signs as: linked to the unit, or found by name, or added. */
	Issuer issuerFor(DocumentUnits.Unit unit) {
		Optional<Long> linked = this.jdbc.sql(
				"select id from directive_issuer where unit_id = :unit and style = 'PARTY' and active order by id limit 1")
			.param("unit", unit.id())
			.query(Long.class)
			.optional();
		if (linked.isPresent()) {
			return this.issuers.issuer(linked.get()).orElseThrow();
		}
		String code = unit.isCell() ? "CB" : "ĐU";
		String name = issuerName(unit);
		Optional<Long> named = this.jdbc.sql("select id from directive_issuer where code = :code and full_name = :name")
			.param("code", code)
			.param("name", name)
			.query(Long.class)
			.optional();
		if (named.isPresent()) {
			return this.issuers.issuer(named.get()).orElseThrow();
		}
		long id = this.jdbc.sql("""
				insert into directive_issuer (code, full_name, level, style, parent_name, unit_id, search_text)
				values (:code, :name, :level, 'PARTY', :parent, :unit, lower(unaccent(:code || ' ' || :name)))
				returning id""")
			.param("code", code)
			.param("name", name)
			.param("level", unit.isCell() ? "CELL" : "GRASSROOTS")
			.param("parent", unit.parentName())
			.param("unit", unit.id())
			.query(Long.class)
			.single();
		this.events.publishEvent(RecordChanged.created("DirectiveIssuer", id, unit.id(),
				Map.of("code", code, "fullName", name, "unitId", unit.id())));
		return this.issuers.issuer(id).orElseThrow();
	}

	/** "Đảng bộ X" signs as "Đảng ủy X"; a cell signs with its own name. */
	static String issuerName(DocumentUnits.Unit unit) {
		String name = unit.name().strip();
		if (name.startsWith("Đảng bộ ")) {
			return "Đảng ủy " + name.substring("Đảng bộ ".length());
		}
		return name;
	}

	/**
	 * Adds the issued document to the registry through the registry's own service (same
	 * identity check, search text, audit and status), and links it as implementing the
	 * directive it carries out; returns the registry id.
	 */
	long register(PartyDocument doc, Citation citation, long termId) {
		Caller caller = CurrentCaller.require();
		if (this.registry.findIdentity(citation, doc.issuerId(), doc.date()).isPresent()) {
			throw new ConflictException(null, "directive.document.registryTaken", citation.format());
		}
		DocumentView registered = this.registry.register(new NewDocument(citation.format(), doc.type(), doc.issuerId(),
				doc.date(), doc.summary(), termId, doc.date(), doc.body(), doc.unitId()), caller);
		if (doc.implementsId() != null) {
			this.links.link(registered.id(), doc.implementsId(), LinkKind.IMPLEMENTS, doc.date(), caller);
		}
		return registered.id();
	}

	/** The written citation of a registry document, if it exists. */
	Optional<String> citationOf(long registryId) {
		return this.jdbc.sql("select citation from directive_document where id = :id")
			.param("id", registryId)
			.query(String.class)
			.optional();
	}

	/** The latest registry document written with this citation ("99-KH/ĐU"), if any. */
	Optional<Long> findByCitation(String citation) {
		return this.jdbc
			.sql("select id from directive_document where citation = :c order by issue_date desc, id desc limit 1")
			.param("c", citation.strip())
			.query(Long.class)
			.optional();
	}

}
