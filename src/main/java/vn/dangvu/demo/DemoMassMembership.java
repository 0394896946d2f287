package vn.dangvu.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.dangvu.platform.demo.DemoContext;

/**
 * Demo data for the Youth Union, the trade union and dues (docs/demo-data.md): insured
 * salaries, Party dues categories, a year of Party and union dues payments (2025-12 to
 * 2026-11, never after today) with some arrears, stays past the Youth Union age limit and
 * some past maturations. Amounts are computed from the rules in the database, as the
 * ledgers compute them.
 */
final class DemoMassMembership {

	static final YearMonth FIRST = YearMonth.of(2025, 12);

	static final YearMonth LAST = YearMonth.of(2026, 11);

	private final JdbcTemplate jdbc;

	private final LocalDate today;

	private final Map<String, Optional<BigDecimal>> rules = new java.util.HashMap<>();

	private Map<String, List<Object[]>> salaries;

	private DemoMassMembership(JdbcTemplate jdbc, LocalDate today) {
		this.jdbc = jdbc;
		this.today = today;
	}

	static void load(JdbcTemplate jdbc, LocalDate today) {
		DemoMassMembership demo = new DemoMassMembership(jdbc, today);
		demo.salaries();
		demo.categories();
		demo.partyDues();
		demo.unionDues();
		demo.youth();
	}

	/**
	 * Everyone with a Party or union membership has an insured salary from 1/7/2024; cell
	 * heads earn above the union dues cap; every tenth person got a raise on 1/7/2026.
	 */
	private void salaries() {
		this.jdbc.update("""
				insert into insured_salary (person_id, kind, amount, valid_from, recorded_by)
				select p.id, 'SALARY',
				  case when p.job_title like '%Bí thư Chi bộ%' then 48000000 else 5000000 + (p.id % 40) * 250000 end,
				  date '2024-07-01', ?
				from person p where p.party_unit_id is not null or p.union_unit_id is not null""",
				DemoContext.RECORDED_BY);
		this.jdbc.update("""
				insert into insured_salary (person_id, kind, amount, valid_from, recorded_by)
				select s.person_id, 'SALARY', s.amount + s.amount / 10, date '2026-07-01', ? from insured_salary s
				where s.person_id % 10 = 0 and s.valid_from = date '2024-07-01'""", DemoContext.RECORDED_BY);
	}

	/** A few pensioners (with a pension) and students among the Party members. */
	private void categories() {
		this.jdbc.update("""
				insert into party_dues_category (person_id, category, valid_from, recorded_by)
				select p.id, 'PENSION', date '2024-01-01', ? from person p
				where p.party_unit_id is not null and p.id % 50 = 7""", DemoContext.RECORDED_BY);
		this.jdbc.update("""
				insert into insured_salary (person_id, kind, amount, valid_from, recorded_by)
				select p.id, 'PENSION', 6000000 + (p.id % 9) * 500000, date '2024-01-01', ? from person p
				where p.party_unit_id is not null and p.id % 50 = 7""", DemoContext.RECORDED_BY);
		this.jdbc.update("""
				insert into party_dues_category (person_id, category, valid_from, recorded_by)
				select p.id, 'STUDENT', date '2024-09-01', ? from person p
				where p.party_unit_id is not null and p.id % 50 = 19""", DemoContext.RECORDED_BY);
	}

	/**
	 * Party dues paid month by month, except: Nguyễn Văn Đức (Cầu Treo) owes September to
	 * November 2026 (3 months: flagged), every 97th member owes March to May 2026
	 * (flagged), every 13th owes October and November 2026, every 4th has not yet paid
	 * November 2026.
	 */
	private void partyDues() {
		Long duc = this.jdbc.queryForList("select id from person where full_name = ?", Long.class, "Nguyễn Văn Đức")
			.stream()
			.findFirst()
			.orElse(-1L);
		List<Map<String, Object>> members = this.jdbc.queryForList("""
				select p.id, p.party_unit_id, coalesce(c.category, 'SALARY') as category
				from person p left join party_dues_category c on c.person_id = p.id
				where p.party_unit_id is not null order by p.id""");
		List<Object[]> rows = new ArrayList<>();
		for (Map<String, Object> m : members) {
			long id = ((Number) m.get("id")).longValue();
			long unit = ((Number) m.get("party_unit_id")).longValue();
			String category = (String) m.get("category");
			for (YearMonth month = FIRST; !month.isAfter(LAST); month = month.plusMonths(1)) {
				boolean owes = (id == duc && month.isAfter(YearMonth.of(2026, 8)))
						|| (id % 97 == 0 && month.getYear() == 2026 && month.getMonthValue() >= 3
								&& month.getMonthValue() <= 5)
						|| (id % 13 == 0 && month.isAfter(YearMonth.of(2026, 9)))
						|| (id % 4 == 0 && month.equals(LAST));
				LocalDate paidOn = month.atDay(Math.min(10, month.lengthOfMonth()));
				if (owes || paidOn.isAfter(this.today)) {
					continue;
				}
				LocalDate ruleDay = month.atDay(1);
				long amount;
				BigDecimal fixed = rule("party.dues.amount." + category, ruleDay);
				if (fixed != null) {
					amount = fixed.longValue();
				}
				else {
					Long base = "PENSION".equals(category) ? amount(id, "PENSION", ruleDay)
							: amount(id, "SALARY", ruleDay.minusDays(1));
					amount = money(BigDecimal.valueOf(base).multiply(rate("party.dues.rate." + category, ruleDay)));
				}
				rows.add(payment("PARTY", id, unit, month, amount, paidOn));
			}
		}
		insert(rows);
	}

	/**
	 * Union dues paid month by month, except every 6th member has not yet paid November
	 * 2026.
	 */
	private void unionDues() {
		List<Map<String, Object>> members = this.jdbc
			.queryForList("select p.id, p.union_unit_id from person p where p.union_unit_id is not null order by p.id");
		List<Object[]> rows = new ArrayList<>();
		for (Map<String, Object> m : members) {
			long id = ((Number) m.get("id")).longValue();
			long unit = ((Number) m.get("union_unit_id")).longValue();
			for (YearMonth month = FIRST; !month.isAfter(LAST); month = month.plusMonths(1)) {
				LocalDate paidOn = month.atDay(Math.min(12, month.lengthOfMonth()));
				if ((id % 6 == 0 && month.equals(LAST)) || paidOn.isAfter(this.today)) {
					continue;
				}
				LocalDate ruleDay = month.atDay(1);
				long raw = money(BigDecimal.valueOf(amount(id, "SALARY", month.atEndOfMonth()))
					.multiply(rate("union.dues.rate", ruleDay)));
				long cap = money(
						rule("salary.base", ruleDay).multiply(rate("union.dues.cap-base-salary-percent", ruleDay)));
				rows.add(payment("UNION", id, unit, month, Math.min(raw, cap), paidOn));
			}
		}
		insert(rows);
	}

	/**
	 * Of the youth members past the age limit, two stay by wish and one as a Youth Union
	 * leader; a dozen former members matured on their 31st birthday in 2023 to 2026.
	 */
	private void youth() {
		LocalDate bornBy = this.today.minusYears(31);
		List<Long> past = this.jdbc.queryForList(
				"select id from person where youth_unit_id is not null and birth_date <= ? order by id limit 3",
				Long.class, Date.valueOf(bornBy));
		String[][] stays = { { "WISH", "Có đơn tự nguyện ở lại sinh hoạt Đoàn" },
				{ "WISH", "Có nguyện vọng ở lại đến hết nhiệm kỳ chi đoàn" },
				{ "LEADERSHIP", "Bí thư Chi đoàn, cán bộ Đoàn kiêm nhiệm" } };
		for (int i = 0; i < past.size(); i++) {
			this.jdbc.update("""
					insert into youth_stay (person_id, kind, reason, valid_from, recorded_by)
					values (?, ?, ?, ?, ?)""", past.get(i), stays[i][0], stays[i][1],
					Date.valueOf(this.today.minusMonths(2)), DemoContext.RECORDED_BY);
		}
		this.jdbc.update("""
				insert into membership_event (person_id, membership, event_type, occurred_on, unit_id, reason, details,
				                              recorded_by)
				select p.id, 'YOUTH', 'MATURED', (p.birth_date + interval '31 years')::date, y.id,
				  'Trưởng thành Đoàn', '{}'::jsonb, ?
				from person p join org_unit w on w.id = p.work_unit_id
				join org_unit y on y.code = 'DTN-' || substr(w.code, 4)
				where p.youth_unit_id is null and p.id % 7 = 0
				  and (p.birth_date + interval '31 years')::date between date '2023-01-01' and ?
				order by p.id limit 12""", DemoContext.RECORDED_BY, Date.valueOf(this.today));
	}

	private Object[] payment(String kind, long person, long unit, YearMonth month, long amount, LocalDate paidOn) {
		return new Object[] { kind, person, unit, Date.valueOf(month.atDay(1)), amount,
				(person % 3 == 0) ? "ONLINE" : "CASH", Date.valueOf(paidOn), DemoContext.RECORDED_BY };
	}

	private void insert(List<Object[]> rows) {
		this.jdbc.batchUpdate("""
				insert into dues_payment (kind, person_id, unit_id, month, amount, method, paid_on, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	private Long amount(long person, String kind, LocalDate day) {
		if (this.salaries == null) {
			this.salaries = new java.util.HashMap<>();
			this.jdbc.query("select person_id, kind, valid_from, amount from insured_salary order by valid_from desc",
					(rs) -> {
						this.salaries.computeIfAbsent(rs.getLong(1) + rs.getString(2), (k) -> new ArrayList<>())
							.add(new Object[] { rs.getDate(3).toLocalDate(), rs.getLong(4) });
					});
		}
		for (Object[] version : this.salaries.getOrDefault(person + kind, List.of())) {
			if (!((LocalDate) version[0]).isAfter(day)) {
				return (Long) version[1];
			}
		}
		return 0L;
	}

	/** The value of a rule on a day (latest version recorded wins), null when none. */
	private BigDecimal rule(String key, LocalDate day) {
		return this.rules.computeIfAbsent(key + day, (k) -> Optional.ofNullable(lookUp(key, day))).orElse(null);
	}

	private BigDecimal lookUp(String key, LocalDate day) {
		return this.jdbc.queryForList("""
				select value from rule_value where rule_key = ? and valid_from <= ?
				order by valid_from desc, recorded_at desc limit 1""", String.class, key, Date.valueOf(day))
			.stream()
			.findFirst()
			.map((v) -> new BigDecimal(v.trim()))
			.orElse(null);
	}

	private BigDecimal rate(String key, LocalDate day) {
		BigDecimal percent = rule(key, day);
		return (percent != null) ? percent.movePointLeft(2) : BigDecimal.ZERO;
	}

	private static long money(BigDecimal value) {
		return value.setScale(0, RoundingMode.HALF_UP).longValueExact();
	}

}
