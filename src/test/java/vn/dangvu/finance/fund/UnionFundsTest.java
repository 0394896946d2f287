package vn.dangvu.finance.fund;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import vn.dangvu.finance.UnionFund;
import vn.dangvu.membership.dues.RuleTable;

import static org.assertj.core.api.Assertions.assertThat;

/** Moved from DuesArithmeticTest when the union fund moved to finance (decision 0208). */
class UnionFundsTest {

	final RuleTable rules = RuleTable.seeded();

	@Test
	void unionFundIsTwoPercentOfThePayroll() {
		UnionFund fund = UnionFunds.unionFund(40_000_000, YearMonth.of(2026, 3), this.rules::find);
		assertThat(fund.amount()).isEqualTo(800_000);
		assertThat(fund.source()).contains("191/2013");
	}

}
