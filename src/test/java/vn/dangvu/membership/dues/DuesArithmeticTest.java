package vn.dangvu.membership.dues;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;

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

	/** Paid January to September 2026; October onwards unpaid. */
	private static final Set<YearMonth> PAID_TO_SEPTEMBER = Set.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2),
			YearMonth.of(2026, 3), YearMonth.of(2026, 4), YearMonth.of(2026, 5), YearMonth.of(2026, 6),
			YearMonth.of(2026, 7), YearMonth.of(2026, 8), YearMonth.of(2026, 9));

	@Test
	void theCurrentMonthIsNotInArrearsUntilItIsOver() {
		YearMonth december = YearMonth.of(2026, 12);
		// 02/12/2026: October and November are over and unpaid, December is still payable
		assertThat(unpaidPaidToSeptember(december, LocalDate.of(2026, 12, 2))).isEqualTo(2);
		Set<YearMonth> withDecember = new HashSet<>(PAID_TO_SEPTEMBER);
		withDecember.add(december);
		assertThat(DuesArithmetic.unpaidMonthsInYear(december, null, withDecember, LocalDate.of(2026, 12, 2)))
			.as("paying December changes nothing")
			.isEqualTo(2);
		// last day of December: still not over; first day of January: December counts
		assertThat(unpaidPaidToSeptember(december, LocalDate.of(2026, 12, 31))).isEqualTo(2);
		assertThat(unpaidPaidToSeptember(december, LocalDate.of(2027, 1, 1))).isEqualTo(3);
	}

	@Test
	void theLastDayOfAMonthStillBelongsToItAndTheFirstDayOfTheNextClosesIt() {
		YearMonth november = YearMonth.of(2026, 11);
		assertThat(DuesArithmetic.lastMonthOver(november, LocalDate.of(2026, 11, 30)))
			.isEqualTo(YearMonth.of(2026, 10));
		assertThat(DuesArithmetic.lastMonthOver(november, LocalDate.of(2026, 12, 1))).isEqualTo(november);
		assertThat(unpaidPaidToSeptember(november, LocalDate.of(2026, 11, 30))).isEqualTo(1);
		assertThat(unpaidPaidToSeptember(november, LocalDate.of(2026, 12, 1))).isEqualTo(2);
	}

	@Test
	void threeMonthsOverAndUnpaidInTheYearRaiseTheFlagNotTwoAndTheCurrentOne() {
		// 02/12/2026 reading December: Oct, Nov unpaid (2) + December not over: no flag
		int onSecondOfDecember = unpaidPaidToSeptember(YearMonth.of(2026, 12), LocalDate.of(2026, 12, 2));
		assertThat(DuesArithmetic.strikingOff(onSecondOfDecember, 3)).isFalse();
		int onFirstOfJanuary = unpaidPaidToSeptember(YearMonth.of(2026, 12), LocalDate.of(2027, 1, 1));
		assertThat(DuesArithmetic.strikingOff(onFirstOfJanuary, 3)).isTrue();
		// a new year starts from nothing, and a member who joined in November owes from
		// November
		assertThat(DuesArithmetic.unpaidMonthsInYear(YearMonth.of(2027, 1), null, Set.of(), LocalDate.of(2027, 1, 20)))
			.isZero();
		assertThat(DuesArithmetic.unpaidMonthsInYear(YearMonth.of(2026, 12), YearMonth.of(2026, 11), Set.of(),
				LocalDate.of(2027, 1, 1)))
			.isEqualTo(2);
		// a past year's ledger counts every month of it
		assertThat(DuesArithmetic.unpaidMonthsInYear(YearMonth.of(2025, 6), null, Set.of(), LocalDate.of(2026, 12, 2)))
			.isEqualTo(6);
	}

	/**
	 * Unpaid months over in the month's year for a member who paid to September, read on
	 * this day.
	 */
	private static int unpaidPaidToSeptember(YearMonth month, LocalDate today) {
		return DuesArithmetic.unpaidMonthsInYear(month, null, PAID_TO_SEPTEMBER, today);
	}

}
