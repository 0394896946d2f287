package vn.dangvu.membership.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dangvu.membership.dues.DuesArithmetic;
import vn.dangvu.platform.demo.DemoContext;

/**
 * The demo's insured salaries, Party dues categories and a year of dues payments, each
 * amount computed by {@link DuesArithmetic} from the salary the ledger would use.
 */
@RequiredArgsConstructor
final class MassDemoPayments {

	private final JdbcClient jdbc;

	private final DuesArithmetic.Rules rules;

	private final LocalDate today;

	private Map<String, List<Object[]>> salaries;

	/**
	 * Everyone with a Party or union membership has an insured salary from 1/7/2024; cell
	 * heads earn above the union dues cap; every tenth person got a raise on 1/7/2026.
	 */
	void salaries() {
		update("""
				insert into insured_salary (person_id, kind, amount, valid_from, recorded_by)
				select p.id, 'SALARY',
				  case when p.job_title like '%Bí thư Chi bộ%' then 48000000 else 5000000 + (p.id % 40) * 250000 end,
				  date '2024-07-01', :by
				from person_ref p where p.party_unit_id is not null or p.union_unit_id is not null""");
		update("""
				insert into insured_salary (person_id, kind, amount, valid_from, recorded_by)
				select s.person_id, 'SALARY', s.amount + s.amount / 10, date '2026-07-01', :by from insured_salary s
				where s.person_id % 10 = 0 and s.valid_from = date '2024-07-01'""");
	}

	/** A few pensioners (with a pension) and students among the Party members. */
	void categories() {
		update("""
				insert into party_dues_category (person_id, category, valid_from, recorded_by)
				select p.id, 'PENSION', date '2024-01-01', :by from person_ref p
				where p.party_unit_id is not null and p.id % 50 = 7""");
		update("""
				insert into insured_salary (person_id, kind, amount, valid_from, recorded_by)
				select p.id, 'PENSION', 6000000 + (p.id % 9) * 500000, date '2024-01-01', :by from person_ref p
				where p.party_unit_id is not null and p.id % 50 = 7""");
		update("""
				insert into party_dues_category (person_id, category, valid_from, recorded_by)
				select p.id, 'STUDENT', date '2024-09-01', :by from person_ref p
				where p.party_unit_id is not null and p.id % 50 = 19""");
	}

	/**
	 * Party dues paid month by month, except: Nguyễn Văn Đức (Cầu Treo) owes September to
	 * November 2026 (3 months: flagged), every 97th member owes March to May 2026
	 * (flagged), every 13th owes October and November 2026, every 4th has not yet paid
	 * November 2026.
	 */
	void partyDues(long duc) {
		List<Object[]> members = this.jdbc.sql("""
				select p.id, p.party_unit_id, coalesce(c.category, 'SALARY') as category
				from person_ref p left join party_dues_category c on c.person_id = p.id
				where p.party_unit_id is not null order by p.id""")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getString(3) })
			.list();
		List<Object[]> rows = new ArrayList<>();
		for (Object[] m : members) {
			long id = (Long) m[0];
			String category = (String) m[2];
			for (YearMonth month = MassMembershipSeed.FIRST; !month.isAfter(MassMembershipSeed.LAST); month = month
				.plusMonths(1)) {
				LocalDate paidOn = month.atDay(Math.min(10, month.lengthOfMonth()));
				if (owesParty(id, duc, month) || paidOn.isAfter(this.today)) {
					continue;
				}
				long base = "PENSION".equals(category) ? amount(id, "PENSION", month.atDay(1))
						: amount(id, "SALARY", month.atDay(1).minusDays(1));
				long amount = DuesArithmetic.party(category, base, month, this.rules).amount();
				rows.add(payment("PARTY", id, (Long) m[1], month, amount, paidOn));
			}
		}
		insert(rows);
	}

	private static boolean owesParty(long id, long duc, YearMonth month) {
		return (id == duc && month.isAfter(YearMonth.of(2026, 8)))
				|| (id % 97 == 0 && month.getYear() == 2026 && month.getMonthValue() >= 3 && month.getMonthValue() <= 5)
				|| (id % 13 == 0 && month.isAfter(YearMonth.of(2026, 9)))
				|| (id % 4 == 0 && month.equals(MassMembershipSeed.LAST));
	}

	/**
	 * Union dues paid month by month, except every 6th member has not yet paid November
	 * 2026.
	 */
	void unionDues() {
		List<long[]> members = this.jdbc
			.sql("select p.id, p.union_unit_id from person_ref p where p.union_unit_id is not null order by p.id")
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		List<Object[]> rows = new ArrayList<>();
		for (long[] m : members) {
			long id = m[0];
			for (YearMonth month = MassMembershipSeed.FIRST; !month.isAfter(MassMembershipSeed.LAST); month = month
				.plusMonths(1)) {
				LocalDate paidOn = month.atDay(Math.min(12, month.lengthOfMonth()));
				if ((id % 6 == 0 && month.equals(MassMembershipSeed.LAST)) || paidOn.isAfter(this.today)) {
					continue;
				}
				long amount = DuesArithmetic.union(amount(id, "SALARY", month.atEndOfMonth()), month, this.rules)
					.amount();
				rows.add(payment("UNION", id, m[1], month, amount, paidOn));
			}
		}
		insert(rows);
	}

	private void update(String sql) {
		this.jdbc.sql(sql).param("by", DemoContext.RECORDED_BY).update();
	}

	private Object[] payment(String kind, long person, long unit, YearMonth month, long amount, LocalDate paidOn) {
		return new Object[] { kind, person, unit, month.atDay(1), amount, (person % 3 == 0) ? "ONLINE" : "CASH",
				paidOn };
	}

	/**
	 * All rows in one statement, one array per column: a VALUES list of thousands of
	 * bound parameters costs the server more to parse than the rows cost to write.
	 */
	private void insert(List<Object[]> rows) {
		int n = rows.size();
		String[] kinds = new String[n];
		long[] persons = new long[n];
		long[] units = new long[n];
		String[] months = new String[n];
		long[] amounts = new long[n];
		String[] methods = new String[n];
		String[] paidOn = new String[n];
		for (int i = 0; i < n; i++) {
			Object[] r = rows.get(i);
			kinds[i] = (String) r[0];
			persons[i] = (Long) r[1];
			units[i] = (Long) r[2];
			months[i] = r[3].toString();
			amounts[i] = (Long) r[4];
			methods[i] = (String) r[5];
			paidOn[i] = r[6].toString();
		}
		this.jdbc.sql("""
				insert into dues_payment (kind, person_id, unit_id, month, amount, method, paid_on, recorded_by)
				select r.kind, r.person_id, r.unit_id, r.month::date, r.amount, r.method, r.paid_on::date, :by
				from unnest(:kinds::text[], :persons::bigint[], :units::bigint[], :months::text[], :amounts::bigint[],
				  :methods::text[], :paidOn::text[]) as r(kind, person_id, unit_id, month, amount, method, paid_on)""")
			.param("kinds", kinds)
			.param("persons", persons)
			.param("units", units)
			.param("months", months)
			.param("amounts", amounts)
			.param("methods", methods)
			.param("paidOn", paidOn)
			.param("by", DemoContext.RECORDED_BY)
			.update();
	}

	/** The insured salary or pension in force on a day (0 when none). */
	private long amount(long person, String kind, LocalDate day) {
		if (this.salaries == null) {
			this.salaries = new HashMap<>();
			this.jdbc.sql("select person_id, kind, valid_from, amount from insured_salary order by valid_from desc")
				.query((rs, n) -> this.salaries
					.computeIfAbsent(rs.getLong(1) + rs.getString(2), (k) -> new ArrayList<>())
					.add(new Object[] { rs.getObject(3, LocalDate.class), rs.getLong(4) }))
				.list();
		}
		for (Object[] version : this.salaries.getOrDefault(person + kind, List.of())) {
			if (!((LocalDate) version[0]).isAfter(day)) {
				return (Long) version[1];
			}
		}
		return 0L;
	}

}
