package vn.dangvu.directive.document;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangvu.platform.error.RuleViolationException;

/** The committee term (nhiệm kỳ) a date falls in: numbering restarts at 01 in each. */
@Component
class CommitteeTerms {

	record Term(long id, String label) {
	}

	private final JdbcClient jdbc;

	CommitteeTerms(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Term containing(LocalDate date) {
		return this.jdbc.sql(
				"select id, label from directive_term where starts_on <= :d and :d < ends_on order by starts_on desc limit 1")
			.param("d", date)
			.query(Term.class)
			.optional()
			.orElseThrow(() -> RuleViolationException.onField("date", "directive.document.noTerm", date));
	}

}
