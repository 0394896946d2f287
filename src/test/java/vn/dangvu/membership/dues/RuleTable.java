package vn.dangvu.membership.dues;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import vn.dangvu.rules.RuleType;
import vn.dangvu.rules.RuleValue;

/** The dues and youth rules as seeded (V700), in memory, for unit tests. */
public final class RuleTable implements DuesArithmetic.Rules {

	private final List<RuleValue> values = new ArrayList<>();

	public static RuleTable seeded() {
		RuleTable t = new RuleTable();
		t.add("salary.base", "1800000", "2023-07-01", "Nghị định 24/2023/NĐ-CP");
		t.add("salary.base", "2340000", "2024-07-01", "Nghị định 73/2024/NĐ-CP");
		t.add("union.dues.rate", "1", "2017-01-01", "Quyết định 1908/QĐ-TLĐ ngày 19/12/2016");
		t.add("union.dues.rate", "0.5", "2025-07-01", "Quyết định 61/QĐ-TLĐ");
		t.add("union.dues.cap-base-salary-percent", "10", "2017-01-01", "Quyết định 1908/QĐ-TLĐ ngày 19/12/2016");
		t.add("union.dues.cap-base-salary-percent", "10", "2025-07-01", "Quyết định 61/QĐ-TLĐ");
		t.add("union.fund.rate", "2", "2014-01-01", "Nghị định 191/2013/NĐ-CP, Điều 5");
		t.add("party.dues.rate.SALARY", "1", "2011-01-01", "Quyết định 342-QĐ/TW");
		t.add("party.dues.rate.SALARY", "1", "2026-02-03", "Quy định 01-QĐ/TW");
		t.add("party.dues.rate.PENSION", "0.5", "2011-01-01", "Quyết định 342-QĐ/TW");
		t.add("party.dues.rate.PENSION", "0.5", "2026-02-03", "Quy định 01-QĐ/TW");
		t.add("party.dues.amount.STUDENT", "2000", "2011-01-01", "Quyết định 342-QĐ/TW");
		t.add("party.dues.amount.STUDENT", "5000", "2026-02-03", "Quy định 01-QĐ/TW");
		t.add("youth.min-age-years", "16", "2022-12-01", "Điều lệ Đoàn");
		t.add("youth.max-age-years", "30", "2022-12-01", "Điều lệ Đoàn");
		t.add("youth.max-age-by-wish-years", "35", "2022-12-01", "Điều lệ Đoàn");
		return t;
	}

	public RuleTable add(String key, String value, String from, String source) {
		this.values.add(new RuleValue(this.values.size() + 1, key, RuleType.DECIMAL, value, LocalDate.parse(from), null,
				source, true, null));
		return this;
	}

	@Override
	public Optional<RuleValue> find(String key, LocalDate date) {
		return this.values.stream()
			.filter((v) -> v.key().equals(key) && !v.validFrom().isAfter(date))
			.max(Comparator.comparing(RuleValue::validFrom));
	}

}
