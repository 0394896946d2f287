package vn.dangvu.membership.dues;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reads behind a dues ledger, all in membership's own tables: standing payments,
 * insured salaries and pensions, Party dues categories and the unpaid months of a year.
 */
@Component
@RequiredArgsConstructor
class LedgerReads {

	private final JdbcClient jdbc;

	Map<Long, Payment> payments(DuesKind kind, List<Long> ids, YearMonth month) {
		Map<Long, Payment> out = new HashMap<>();
		this.jdbc.sql("""
				select d.id, d.person_id, d.amount, d.paid_on, d.method from dues_payment d
				where d.kind = :kind and d.month = :month and d.person_id = any(:ids) and d.reverses_id is null
				  and not exists (select 1 from dues_payment r where r.reverses_id = d.id)
				order by d.id""")
			.param("kind", kind.name())
			.param("month", month.atDay(1))
			.param("ids", ids.toArray(Long[]::new))
			.query((rs, n) -> new Payment(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getObject(4, LocalDate.class),
					rs.getString(5)))
			.list()
			.forEach((p) -> out.put(p.personId(), p));
		return out;
	}

	Map<Long, Long> amounts(List<Long> ids, String kind, LocalDate day) {
		Map<Long, Long> out = new HashMap<>();
		this.jdbc.sql("""
				select distinct on (person_id) person_id, amount from insured_salary
				where person_id = any(:ids) and kind = :kind and valid_from <= :day
				order by person_id, valid_from desc""")
			.param("ids", ids.toArray(Long[]::new))
			.param("kind", kind)
			.param("day", day)
			.query((rs, n) -> out.put(rs.getLong(1), rs.getLong(2)))
			.list();
		return out;
	}

	Map<Long, String> categories(List<Long> ids, LocalDate day) {
		Map<Long, String> out = new HashMap<>();
		this.jdbc.sql("""
				select distinct on (person_id) person_id, category from party_dues_category
				where person_id = any(:ids) and valid_from <= :day
				order by person_id, valid_from desc, id desc""")
			.param("ids", ids.toArray(Long[]::new))
			.param("day", day)
			.query((rs, n) -> out.put(rs.getLong(1), rs.getString(2)))
			.list();
		return out;
	}

	/**
	 * Months of the ledger month's year, from January (or the month the member joined the
	 * Party or the cell, the union or the union unit, by the membership log) up to the
	 * ledger month and only months already over, without a standing payment of that kind.
	 */
	Map<Long, Integer> unpaidMonths(DuesKind kind, List<Long> ids, YearMonth month, LocalDate today) {
		YearMonth last = DuesArithmetic.lastMonthOver(month, today);
		YearMonth first = YearMonth.of(month.getYear(), 1);
		Map<Long, Integer> out = new HashMap<>();
		if (last.isBefore(first)) {
			return out;
		}
		Map<Long, YearMonth> starts = new HashMap<>();
		this.jdbc.sql("""
				select person_id, max(occurred_on) from membership_event
				where membership = :kind and person_id = any(:ids) and occurred_on <= :last
				  and event_type = any(:types)
				group by person_id""")
			.param("kind", kind.name())
			.param("types",
					(kind == DuesKind.PARTY) ? new String[] { "RECORDED", "ADMITTED", "TRANSFER_IN", "TEMPORARY_BACK" }
							: new String[] { "JOINED", "TRANSFER_IN" })
			.param("ids", ids.toArray(Long[]::new))
			.param("last", last.atEndOfMonth())
			.query((rs, n) -> starts.put(rs.getLong(1), YearMonth.from(rs.getObject(2, LocalDate.class))))
			.list();
		Map<Long, Set<YearMonth>> paid = new HashMap<>();
		this.jdbc.sql("""
				select person_id, month from dues_payment
				where kind = :kind and person_id = any(:ids) and month between :first and :last
				group by person_id, month having sum(amount) > 0""")
			.param("kind", kind.name())
			.param("ids", ids.toArray(Long[]::new))
			.param("first", first.atDay(1))
			.param("last", last.atDay(1))
			.query((rs, n) -> paid.computeIfAbsent(rs.getLong(1), (k) -> new HashSet<>())
				.add(YearMonth.from(rs.getObject(2, LocalDate.class))))
			.list();
		for (Long id : ids) {
			out.put(id,
					DuesArithmetic.unpaidMonthsInYear(month, starts.get(id), paid.getOrDefault(id, Set.of()), today));
		}
		return out;
	}

	record Payment(long id, long personId, long amount, LocalDate paidOn, String method) {
	}

}
