package vn.dangvu.people.record;

import java.time.LocalDate;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The affiliation history of a person: closes the current period of a kind and opens the
 * next. Always called inside the writing transaction.
 */
@Component
@RequiredArgsConstructor
class Affiliations {

	private final JdbcClient jdbc;

	void change(long personId, AffiliationKind kind, Long from, Long to, LocalDate on, String reason) {
		if (java.util.Objects.equals(from, to)) {
			return;
		}
		this.jdbc.sql("""
				update person_affiliation set valid_to = greatest(valid_from, :on)
				where person_id = :p and kind = :k and valid_to is null""")
			.param("on", on)
			.param("p", personId)
			.param("k", kind.name())
			.update();
		if (to != null) {
			open(personId, kind, to, on, reason);
		}
	}

	void open(long personId, AffiliationKind kind, long unitId, LocalDate from, String reason) {
		this.jdbc.sql("""
				insert into person_affiliation (person_id, kind, unit_id, valid_from, reason)
				values (:p, :k, :u, :f, :r)""")
			.param("p", personId)
			.param("k", kind.name())
			.param("u", unitId)
			.param("f", from)
			.param("r", reason)
			.update();
	}

}
