package vn.dangvu.membership.dues;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.rules.RuleValue;

/**
 * The money of dues, from the rules in force in a month (decision 0110): a month's rules
 * are those in force on its first day; amounts are whole đồng, rounded half up.
 */
public final class DuesArithmetic {

	static final String UNION_RATE = "union.dues.rate";

	static final String UNION_CAP = "union.dues.cap-base-salary-percent";

	static final String BASE_SALARY = "salary.base";

	static final String PARTY_RATE = "party.dues.rate.";

	static final String PARTY_AMOUNT = "party.dues.amount.";

	/** Looks a rule up on a date (the rules module, or a table in tests). */
	public interface Rules {

		Optional<RuleValue> find(String key, LocalDate date);

	}

	private DuesArithmetic() {
	}

	/** The day whose rules hold for a whole month. */
	public static LocalDate ruleDay(YearMonth month) {
		return month.atDay(1);
	}

	/**
	 * Union member dues: rate × insured salary, at most cap% × base salary.
	 */
	public static Due union(long salary, YearMonth month, Rules rules) {
		LocalDate day = ruleDay(month);
		RuleValue rate = require(rules, UNION_RATE, day);
		RuleValue cap = require(rules, UNION_CAP, day);
		RuleValue base = require(rules, BASE_SALARY, day);
		long raw = money(BigDecimal.valueOf(salary).multiply(rate.asRate()));
		long capAmount = money(BigDecimal.valueOf(base.asMoney()).multiply(cap.asRate()));
		boolean capped = raw > capAmount;
		return new Due(salary, rate.asDecimal(), null, capped ? capAmount : raw, capAmount, capped,
				sources(rate, cap, base));
	}

	/**
	 * Party dues of a category: a fixed amount when {@code party.dues.amount.<CAT>}
	 * holds, else {@code party.dues.rate.<CAT>} × base (last month's insured salary for
	 * SALARY, the pension for PENSION).
	 * @throws RuleViolationException {@code dues.category.unknown} when neither rule
	 * holds
	 */
	public static Due party(String category, long base, YearMonth month, Rules rules) {
		LocalDate day = ruleDay(month);
		Optional<RuleValue> amount = rules.find(PARTY_AMOUNT + category, day);
		if (amount.isPresent()) {
			return new Due(0, null, amount.get().asMoney(), amount.get().asMoney(), null, false, sources(amount.get()));
		}
		Optional<RuleValue> rate = rules.find(PARTY_RATE + category, day);
		if (rate.isPresent()) {
			return new Due(base, rate.get().asDecimal(), null,
					money(BigDecimal.valueOf(base).multiply(rate.get().asRate())), null, false, sources(rate.get()));
		}
		throw RuleViolationException.onField("category", "dues.category.unknown", category);
	}

	/** Whether a category takes a base amount (a rate) rather than a fixed amount. */
	public static boolean takesBase(String category, YearMonth month, Rules rules) {
		return rules.find(PARTY_AMOUNT + category, ruleDay(month)).isEmpty();
	}

	/**
	 * The striking-off flag: unpaid months in a calendar year at or above the rule
	 * {@code membership.striking-off.months-in-year}.
	 */
	public static boolean strikingOff(int unpaidMonthsInYear, int threshold) {
		return unpaidMonthsInYear >= threshold;
	}

	/**
	 * The last month whose dues can be in arrears when a ledger month is read on a day:
	 * the ledger month, but never a month that is not over yet (the current month is
	 * still payable, so it does not count towards striking off).
	 */
	public static YearMonth lastMonthOver(YearMonth ledgerMonth, LocalDate today) {
		YearMonth lastOver = YearMonth.from(today).minusMonths(1);
		return ledgerMonth.isAfter(lastOver) ? lastOver : ledgerMonth;
	}

	/**
	 * Unpaid months in the ledger month's calendar year: from January, or from the month
	 * the membership began if later, up to {@link #lastMonthOver}, without a payment.
	 */
	public static int unpaidMonthsInYear(YearMonth ledgerMonth, YearMonth start, Set<YearMonth> paid, LocalDate today) {
		YearMonth first = YearMonth.of(ledgerMonth.getYear(), 1);
		YearMonth from = (start == null || start.isBefore(first)) ? first : start;
		int count = 0;
		for (YearMonth m = from; !m.isAfter(lastMonthOver(ledgerMonth, today)); m = m.plusMonths(1)) {
			if (!paid.contains(m)) {
				count++;
			}
		}
		return count;
	}

	static long money(BigDecimal value) {
		return value.setScale(0, RoundingMode.HALF_UP).longValueExact();
	}

	private static RuleValue require(Rules rules, String key, LocalDate day) {
		return rules.find(key, day).orElseThrow(() -> new RuleViolationException("rule.missing", key, day.toString()));
	}

	private static String sources(RuleValue... values) {
		Set<String> distinct = new LinkedHashSet<>();
		for (RuleValue v : values) {
			distinct.add(v.source());
		}
		return String.join("; ", List.copyOf(distinct));
	}

	/**
	 * One computed due.
	 *
	 * @param base the amount the rate applies to (0 for a fixed amount)
	 * @param ratePercent the rate in percent (null for a fixed amount)
	 * @param fixedAmount the fixed amount (null for a rate)
	 * @param amount what is due
	 * @param cap the cap that applied (union dues), else null
	 * @param capped whether the cap cut the amount
	 * @param source the documents of the rules used
	 */
	public record Due(long base, BigDecimal ratePercent, Long fixedAmount, long amount, Long cap, boolean capped,
			String source) {

	}

}
