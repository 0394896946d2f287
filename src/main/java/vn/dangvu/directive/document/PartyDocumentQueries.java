package vn.dangvu.directive.document;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.directive.DocumentType;
import vn.dangvu.organisation.UnitScope;
import vn.dangvu.platform.error.NotFoundException;

/** Reading Party documents of the units of a scope: the list and one document. */
@Component
@RequiredArgsConstructor
class PartyDocumentQueries {

	static final int PAGE_SIZE = 20;

	private static final String SELECT = """
			select d.id, d.unit_id, u.name as unit_name, d.issuer_id, i.code as issuer_code, d.doc_type as type,
			       d.status, d.superior_name, d.issuer_name, d.summary, d.body, d.place, d.doc_date as date,
			       d.on_behalf, d.signer_title, d.signer_name, d.recipients, d.font_size, d.implements_id,
			       r.citation as implements_citation, d.number_value as number, d.citation, d.registry_id,
			       d.issued_at, d.issued_by, d.version
			from party_doc d
			join unit_ref u on u.id = d.unit_id
			join directive_issuer i on i.id = d.issuer_id
			left join directive_document r on r.id = d.implements_id
			where d.id = :id and """ + UnitScope.condition("u");

	private final JdbcClient jdbc;

	@Transactional(readOnly = true)
	Page<PartyDocumentRow> list(DocumentType type, PartyDocument.Status status, int page, UnitScope scope) {
		String where = """
				from party_doc d join unit_ref u on u.id = d.unit_id
				where %s
				  and (cast(:type as varchar) is null or d.doc_type = :type)
				  and (cast(:status as varchar) is null or d.status = :status)""".formatted(UnitScope.condition("u"));
		long total = this.jdbc.sql("select count(*) " + where)
			.params(scope.params())
			.param("type", type == null ? null : type.name())
			.param("status", status == null ? null : status.name())
			.query(Long.class)
			.single();
		int p = Math.max(0, page);
		List<PartyDocumentRow> rows = this.jdbc.sql("""
				select d.id, u.name as unit_name, d.doc_type as type, d.status, d.citation, d.summary,
				       d.doc_date as date
				""" + where + " order by d.doc_date desc, d.id desc limit :size offset :offset")
			.params(scope.params())
			.param("type", type == null ? null : type.name())
			.param("status", status == null ? null : status.name())
			.param("size", PAGE_SIZE)
			.param("offset", (long) p * PAGE_SIZE)
			.query(PartyDocumentRow.class)
			.list();
		return new PageImpl<>(rows, PageRequest.of(p, PAGE_SIZE), total);
	}

	@Transactional(readOnly = true)
	PartyDocument get(long id, UnitScope scope) {
		return this.jdbc.sql(SELECT)
			.param("id", id)
			.params(scope.params())
			.query(PartyDocument.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("directive.document.notFound", id));
	}

}
