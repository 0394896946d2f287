package vn.dangvu.finance;

import java.math.BigDecimal;

/**
 * The employer's trade-union fund for one month.
 *
 * @param payroll the insured payroll the rate applies to
 * @param ratePercent the rate in percent ({@code union.fund.rate})
 * @param amount the fund, whole đồng
 * @param source the document of the rule version used
 */
public record UnionFund(long payroll, BigDecimal ratePercent, long amount, String source) {

}
