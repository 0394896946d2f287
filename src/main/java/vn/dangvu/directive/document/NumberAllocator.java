package vn.dangvu.directive.document;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangvu.directive.DocumentType;

/**
 * Gives the next number per issuer, per type, per committee term (decision 0140). One
 * upsert on {@code party_doc_counter} takes the row lock, so concurrent issues queue and
 * each gets its own number; the counter never goes back, so a number is never reused. It
 * also never falls below what the registry already holds for that issuer, type and term
 * (documents numbered on paper before the office used the system).
 */
@Component
@RequiredArgsConstructor
class NumberAllocator {

	private static final String REGISTRY_MAX = """
			coalesce((select max(d.number_value) from directive_document d
			          where d.issuer_id = :issuer and d.doc_type = :type and d.term_id = :term), 0)""";

	private final JdbcClient jdbc;

	/** Takes the next number; call inside the issuing transaction. */
	int next(long issuerId, DocumentType type, long termId) {
		return this.jdbc.sql("""
				insert into party_doc_counter (issuer_id, doc_type, term_id, last_number)
				values (:issuer, :type, :term, %s + 1)
				on conflict (issuer_id, doc_type, term_id) do update
				  set last_number = greatest(party_doc_counter.last_number, excluded.last_number - 1) + 1
				returning last_number""".formatted(REGISTRY_MAX))
			.param("issuer", issuerId)
			.param("type", type.name())
			.param("term", termId)
			.query(Integer.class)
			.single();
	}

	/** The number the next issue would take, without taking it (for the confirmation). */
	int peek(long issuerId, DocumentType type, long termId) {
		return this.jdbc.sql("""
				select greatest(coalesce((select last_number from party_doc_counter
				                          where issuer_id = :issuer and doc_type = :type and term_id = :term), 0),
				                %s) + 1""".formatted(REGISTRY_MAX))
			.param("issuer", issuerId)
			.param("type", type.name())
			.param("term", termId)
			.query(Integer.class)
			.single();
	}

}
