package vn.dangvu.membership.dues;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import vn.dangvu.finance.UnionFund;

/**
 * A unit's dues for one month: who owes what, under which rule, and who has paid.
 *
 * @param fund the employer's union fund on the unit's insured payroll (union dues only),
 * from finance
 * @param strikingOffMonths the unpaid months in a year that raise the flag (Party dues)
 */
public record Ledger(DuesKind kind, long unitId, String unitName, YearMonth month, List<Row> rows, Totals totals,
		UnionFund fund, int strikingOffMonths) {

	/**
	 * One member's line.
	 *
	 * @param base the amount the rate applies to (salary, pension; 0 for a fixed amount)
	 * @param problem a message key when the due cannot be computed (no salary entered)
	 * @param paymentId the payment that stands (null when unpaid)
	 * @param unpaidMonthsInYear months of the ledger's year up to its month without
	 * payment
	 */
	public record Row(long personId, String fullName, String category, long base, BigDecimal ratePercent,
			Long fixedAmount, long amountDue, boolean capped, String ruleSource, String problem, boolean paid,
			long paidAmount, LocalDate paidOn, String method, Long paymentId, int unpaidMonthsInYear,
			boolean strikingOff) {

	}

	/**
	 * The ledger's totals.
	 *
	 * @param unpaidCount members who have not paid the ledger's month
	 * @param unpaidMonths the members' unpaid months of the year up to the ledger's month
	 * (the sum of {@link Row#unpaidMonthsInYear})
	 */
	public record Totals(int members, int paidCount, long due, long paid, long outstanding, int unpaidCount,
			int unpaidMonths) {

	}

}
