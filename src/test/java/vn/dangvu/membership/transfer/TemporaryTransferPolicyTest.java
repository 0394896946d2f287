package vn.dangvu.membership.transfer;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.dangvu.rules.RuleType;
import vn.dangvu.rules.RuleValue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The temporary transfer boundaries named in issue 3 (moved from MembershipPoliciesTest).
 */
class TemporaryTransferPolicyTest {

	static final String SOURCE = "Quy định 294-QĐ/TW ngày 26/5/2025";

	static RuleValue years(int n) {
		return new RuleValue(1, "test", RuleType.INTEGER, String.valueOf(n), LocalDate.of(2021, 7, 30), null, SOURCE,
				true, null);
	}

	@Test
	void temporaryTransferRunsFromThreeMonthsToUnderAYearOrTwoYearsOfStudy() {
		LocalDate from = LocalDate.of(2025, 3, 1);
		RuleValue min = years(3);
		RuleValue stay = years(12);
		RuleValue study = years(24);
		assertThat(TemporaryTransferPolicy.check(from, LocalDate.of(2025, 6, 1), false, min, stay, study).allowed())
			.isTrue();
		assertThat(TemporaryTransferPolicy.check(from, LocalDate.of(2025, 5, 31), false, min, stay, study).messageKey())
			.isEqualTo("membership.policy.temporary.tooShort");
		assertThat(TemporaryTransferPolicy.check(from, LocalDate.of(2026, 3, 1), false, min, stay, study).messageKey())
			.isEqualTo("membership.policy.temporary.tooLongStay");
		assertThat(TemporaryTransferPolicy.check(from, LocalDate.of(2027, 3, 1), true, min, stay, study).allowed())
			.isTrue();
		assertThat(TemporaryTransferPolicy.check(from, LocalDate.of(2027, 3, 2), true, min, stay, study).messageKey())
			.isEqualTo("membership.policy.temporary.tooLongStudy");
	}

}
