package vn.dangvu.directive.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.platform.error.RuleViolationException;

/** The committee terms (nhiệm kỳ): numbering of Party documents restarts in each. */
@Service
@RequiredArgsConstructor
public class CommitteeTerms {

	private final JdbcClient jdbc;

	public record Term(long id, String label, LocalDate startsOn, LocalDate endsOn) {

	}

	@Transactional(readOnly = true)
	public List<Term> terms() {
		return this.jdbc.sql("select id, label, starts_on, ends_on from directive_term order by starts_on desc")
			.query((rs, n) -> new Term(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getObject(4, LocalDate.class)))
			.list();
	}

	public Optional<Long> termOn(LocalDate date) {
		return this.jdbc
			.sql("select id from directive_term where starts_on <= :d and ends_on > :d order by starts_on desc limit 1")
			.param("d", date)
			.query(Long.class)
			.optional();
	}

	/**
	 * The term a Party document dated {@code date} is numbered in (numbering restarts at
	 * 01 in each); none is a rule violation on the date.
	 */
	@Transactional(readOnly = true)
	public Term containing(LocalDate date) {
		return this.jdbc.sql("""
				select id, label, starts_on, ends_on from directive_term where starts_on <= :d and :d < ends_on
				order by starts_on desc limit 1""")
			.param("d", date)
			.query((rs, n) -> new Term(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getObject(4, LocalDate.class)))
			.optional()
			.orElseThrow(() -> RuleViolationException.onField("date", "directive.document.noTerm", date));
	}

}
