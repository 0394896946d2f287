package vn.dangvu.membership.transfer;

import vn.dangvu.platform.policy.Verdict;
import java.time.LocalDate;

import vn.dangvu.rules.RuleValue;

/**
 * A temporary transfer lasts from 3 months to under 1 year for a stay, up to 2 years for
 * full-time study.
 */
final class TemporaryTransferPolicy {

	private TemporaryTransferPolicy() {
	}

	static Verdict check(LocalDate from, LocalDate until, boolean study, RuleValue minMonths, RuleValue maxStay,
			RuleValue maxStudy) {
		if (until == null || !until.isAfter(from)) {
			return Verdict.reject("membership.policy.temporary.until");
		}
		if (until.isBefore(from.plusMonths(minMonths.asInt()))) {
			return Verdict.reject("membership.policy.temporary.tooShort", minMonths.asInt(), minMonths.source());
		}
		if (study ? until.isAfter(from.plusMonths(maxStudy.asInt()))
				: !until.isBefore(from.plusMonths(maxStay.asInt()))) {
			RuleValue max = study ? maxStudy : maxStay;
			return Verdict.reject(
					study ? "membership.policy.temporary.tooLongStudy" : "membership.policy.temporary.tooLongStay",
					max.asInt(), max.source());
		}
		return Verdict.ok();
	}

}
