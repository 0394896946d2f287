package vn.dangvu.membership.dues;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import vn.dangvu.platform.error.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DuesArithmeticTest {

	final RuleTable rules = RuleTable.seeded()
		.add("party.dues.rate.ALLOWANCE", "1", "2026-02-03", "Quy định 01-QĐ/TW")
		.add("party.dues.amount.ABROAD", "50000", "2026-02-03", "Hướng dẫn thử");

	@Test
	void unionDuesOnAHighSalaryAreCappedInJune2025AndHalvedInJuly2025() {
		DuesArithmetic.Due june = DuesArithmetic.union(30_000_000, YearMonth.of(2025, 6), this.rules);
		DuesArithmetic.Due july = DuesArithmetic.union(30_000_000, YearMonth.of(2025, 7), this.rules);

		assertThat(june.amount()).isEqualTo(234_000);
		assertThat(june.capped()).isTrue();
		assertThat(june.source()).contains("1908/QĐ-TLĐ").contains("73/2024/NĐ-CP");
		assertThat(july.amount()).isEqualTo(150_000);
		assertThat(july.capped()).isFalse();
		assertThat(july.source()).contains("61/QĐ-TLĐ");
	}

	@Test
	void unionDuesOnAnOrdinarySalaryAreOnePercentThenHalfAPercent() {
		assertThat(DuesArithmetic.union(10_000_000, YearMonth.of(2025, 6), this.rules).amount()).isEqualTo(100_000);
		assertThat(DuesArithmetic.union(10_000_000, YearMonth.of(2025, 7), this.rules).amount()).isEqualTo(50_000);
	}

	@Test
	void unionDuesExactlyAtTheCapAreNotMarkedCapped() {
		DuesArithmetic.Due due = DuesArithmetic.union(23_400_000, YearMonth.of(2025, 6), this.rules);
		assertThat(due.amount()).isEqualTo(234_000);
		assertThat(due.capped()).isFalse();
	}

	@Test
	void unionFundIsTwoPercentOfThePayroll() {
		DuesArithmetic.Due fund = DuesArithmetic.unionFund(40_000_000, YearMonth.of(2026, 3), this.rules);
		assertThat(fund.amount()).isEqualTo(800_000);
		assertThat(fund.source()).contains("191/2013");
	}

	@Test
	void partyDuesBySalaryAndPension() {
		assertThat(DuesArithmetic.party("SALARY", 12_345_678, YearMonth.of(2026, 3), this.rules).amount())
			.isEqualTo(123_457);
		DuesArithmetic.Due pension = DuesArithmetic.party("PENSION", 8_000_000, YearMonth.of(2026, 3), this.rules);
		assertThat(pension.amount()).isEqualTo(40_000);
		assertThat(pension.source()).contains("01-QĐ/TW");
	}

	@Test
	void studentDuesAreTheOldAmountBeforeFebruary2026AndFiveThousandFromMarch() {
		assertThat(DuesArithmetic.party("STUDENT", 0, YearMonth.of(2026, 1), this.rules).amount()).isEqualTo(2_000);
		assertThat(DuesArithmetic.party("STUDENT", 0, YearMonth.of(2026, 2), this.rules).amount())
			.as("the rule set on 3/2 holds from the next whole month")
			.isEqualTo(2_000);
		assertThat(DuesArithmetic.party("STUDENT", 0, YearMonth.of(2026, 3), this.rules).amount()).isEqualTo(5_000);
	}

	@Test
	void configuredCategoriesTakeTheirRateOrAmount() {
		assertThat(DuesArithmetic.party("ALLOWANCE", 3_000_000, YearMonth.of(2026, 4), this.rules).amount())
			.isEqualTo(30_000);
		assertThat(DuesArithmetic.party("ABROAD", 0, YearMonth.of(2026, 4), this.rules).amount()).isEqualTo(50_000);
		assertThat(DuesArithmetic.takesBase("ABROAD", YearMonth.of(2026, 4), this.rules)).isFalse();
	}

	@Test
	void aCategoryWithoutARuleThatMonthIsRefused() {
		assertThatThrownBy(() -> DuesArithmetic.party("ALLOWANCE", 1, YearMonth.of(2026, 1), this.rules))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void threeUnpaidMonthsInAYearRaiseTheStrikingOffFlag() {
		assertThat(DuesArithmetic.strikingOff(2, 3)).isFalse();
		assertThat(DuesArithmetic.strikingOff(3, 3)).isTrue();
	}

}
