package vn.dangvu.finance.fund;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;

import vn.dangvu.finance.UnionFund;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.rules.RuleValue;
import vn.dangvu.rules.RulesApi;

/**
 * The trade-union fund (kinh phí công đoàn): the employer pays {@code union.fund.rate}
 * (2% under Decree 191/2013) of the insured payroll; a month's rule is the version in
 * force on its first day (decision 0110).
 */
@Service
@RequiredArgsConstructor
public class UnionFunds {

	static final String UNION_FUND = "union.fund.rate";

	/** Looks a rule up on a date (the rules module, or a table in tests). */
	interface Rules {

		Optional<RuleValue> find(String key, LocalDate date);

	}

	private final RulesApi rules;

	public UnionFund unionFund(long payroll, YearMonth month) {
		return unionFund(payroll, month, this.rules::findOn);
	}

	static UnionFund unionFund(long payroll, YearMonth month, Rules rules) {
		LocalDate day = month.atDay(1);
		RuleValue rate = rules.find(UNION_FUND, day)
			.orElseThrow(() -> new RuleViolationException("rule.missing", UNION_FUND, day.toString()));
		long amount = BigDecimal.valueOf(payroll)
			.multiply(rate.asRate())
			.setScale(0, RoundingMode.HALF_UP)
			.longValueExact();
		return new UnionFund(payroll, rate.asDecimal(), amount, rate.source());
	}

}
