package vn.dangvu.finance;

import java.time.YearMonth;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;

import vn.dangvu.finance.fund.UnionFunds;

/**
 * The finance module's face: the money an organisation owes or holds that is not a
 * member's own dues. Today it answers one question for the union ledgers of membership:
 * the employer's trade-union fund (kinh phí công đoàn) on a unit's insured payroll for a
 * month, with the rule version it was computed from (decision 0208). Member dues stay in
 * membership. The face only delegates to its feature packages.
 */
@Service
@RequiredArgsConstructor
public class FinanceApi {

	private final UnionFunds funds;

	/**
	 * The union fund the employer pays for a month: the rule {@code union.fund.rate} in
	 * force on the month's first day × the insured payroll, in whole đồng rounded half
	 * up.
	 * @param insuredPayroll the sum of the insured salaries of the unit's members
	 * @throws vn.dangvu.platform.error.RuleViolationException {@code rule.missing} when
	 * no version of the rule holds that day
	 */
	public UnionFund unionFund(long insuredPayroll, YearMonth month) {
		return this.funds.unionFund(insuredPayroll, month);
	}

}
