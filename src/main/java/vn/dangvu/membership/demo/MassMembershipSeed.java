package vn.dangvu.membership.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.dangvu.membership.dues.DuesArithmetic;
import vn.dangvu.platform.demo.DemoContext;
import vn.dangvu.platform.demo.DemoSeed;
import vn.dangvu.rules.RuleValue;
import vn.dangvu.rules.RulesApi;

/**
 * Demo data for the Youth Union, the trade union and dues (docs/demo-data.md, decision
 * 0202): insured salaries, Party dues categories, a year of Party and union dues payments
 * (2025-12 to 2026-11, never after today) with some arrears, stays past the Youth Union
 * age limit and some past maturations. Amounts come from {@link DuesArithmetic} with the
 * rules of the rules module, as the ledgers compute them. Persons and units are read
 * through {@code person_ref} and {@code unit_ref}; only membership tables are written.
 */
@Component
@Order(510)
@RequiredArgsConstructor
class MassMembershipSeed implements DemoSeed {

	static final YearMonth FIRST = YearMonth.of(2025, 12);

	static final YearMonth LAST = YearMonth.of(2026, 11);

	/** Nguyễn Văn Đức (Cầu Treo), who owes Party dues from September 2026. */
	static final String MEMBER_CAUTREO = "Nguyễn Văn Đức";

	private final JdbcClient jdbc;

	private final RulesApi rules;

	@Override
	public void seed(DemoContext context) {
		// the audit trail of every dues payment
		context.recordHistory("""
				select %s, 'demo', 'CREATE', 'DuesPayment', d.id::text, d.unit_id, '{}'::jsonb,
				       jsonb_build_object('kind', d.kind, 'personId', d.person_id, 'month', to_char(d.month, 'YYYY-MM'),
				           'amount', d.amount, 'method', d.method, 'paidOn', d.paid_on::text)
				from dues_payment d""".formatted(DemoContext.morningOf("d.paid_on")));
		MassDemoPayments payments = new MassDemoPayments(this.jdbc, cachedRules(), context.today());
		payments.salaries();
		payments.categories();
		payments.partyDues(duc());
		payments.unionDues();
		youth(context.today());
	}

	/** The rules of the rules module, each (key, day) looked up once. */
	private DuesArithmetic.Rules cachedRules() {
		Map<String, Optional<RuleValue>> seen = new HashMap<>();
		return (key, day) -> seen.computeIfAbsent(key + "@" + day, (k) -> this.rules.findOn(key, day));
	}

	private long duc() {
		return this.jdbc.sql("select id from person_ref where full_name = :n")
			.param("n", MEMBER_CAUTREO)
			.query(Long.class)
			.list()
			.stream()
			.findFirst()
			.orElse(-1L);
	}

	/**
	 * Of the youth members past the age limit, two stay by wish and one as a Youth Union
	 * leader; a dozen former members matured on their 31st birthday in 2023 to 2026.
	 */
	private void youth(LocalDate today) {
		List<Long> past = this.jdbc.sql("""
				select id from person_ref where youth_unit_id is not null and birth_date <= :bornBy
				order by id limit 3""").param("bornBy", today.minusYears(31)).query(Long.class).list();
		String[][] stays = { { "WISH", "Có đơn tự nguyện ở lại sinh hoạt Đoàn" },
				{ "WISH", "Có nguyện vọng ở lại đến hết nhiệm kỳ chi đoàn" },
				{ "LEADERSHIP", "Bí thư Chi đoàn, cán bộ Đoàn kiêm nhiệm" } };
		for (int i = 0; i < past.size(); i++) {
			this.jdbc.sql("""
					insert into youth_stay (person_id, kind, reason, valid_from, recorded_by)
					values (:p, :k, :r, :from, :by)""")
				.param("p", past.get(i))
				.param("k", stays[i][0])
				.param("r", stays[i][1])
				.param("from", today.minusMonths(2))
				.param("by", DemoContext.RECORDED_BY)
				.update();
		}
		this.jdbc.sql("""
				insert into membership_event (person_id, membership, event_type, occurred_on, unit_id, reason, details,
				                              recorded_by)
				select p.id, 'YOUTH', 'MATURED', (p.birth_date + interval '31 years')::date, y.id,
				  'Trưởng thành Đoàn', '{}'::jsonb, :by
				from person_ref p join unit_ref w on w.id = p.work_unit_id
				join unit_ref y on y.code = 'DTN-' || substr(w.code, 4)
				where p.youth_unit_id is null and p.id % 7 = 0
				  and (p.birth_date + interval '31 years')::date between date '2023-01-01' and :today
				order by p.id limit 12""").param("by", DemoContext.RECORDED_BY).param("today", today).update();
	}

}
