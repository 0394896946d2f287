package vn.dangvu.membership.admission;

import vn.dangvu.platform.policy.Verdict;
import java.time.LocalDate;
import java.time.Period;

import vn.dangvu.rules.RuleValue;

/**
 * Age 18 to 60 in whole months on the day the cell considers the candidate (the 6-KNĐ
 * date); over the maximum only as an exception approved by the competent committee.
 */
final class AgePolicy {

	private AgePolicy() {
	}

	static long ageInMonths(LocalDate birth, LocalDate on) {
		return Period.between(birth, on).toTotalMonths();
	}

	/**
	 * True when the candidate is over the maximum age and needs an approved exception.
	 */
	static boolean isOverMaximum(LocalDate birth, LocalDate on, RuleValue maxYears) {
		return birth != null && ageInMonths(birth, on) > maxYears.asInt() * 12L;
	}

	static Verdict check(LocalDate birth, LocalDate on, RuleValue minYears, RuleValue maxYears,
			boolean exceptionApproved) {
		if (birth == null) {
			return Verdict.reject("membership.policy.age.unknown");
		}
		long months = ageInMonths(birth, on);
		if (months < minYears.asInt() * 12L) {
			return Verdict.reject("membership.policy.age.tooYoung", minYears.asInt(), minYears.source());
		}
		if (months > maxYears.asInt() * 12L && !exceptionApproved) {
			return Verdict.reject("membership.policy.age.tooOld", maxYears.asInt(), maxYears.source());
		}
		return Verdict.ok();
	}

}
