package vn.dangvu.membership.admission;

import vn.dangvu.platform.policy.Verdict;
import java.time.LocalDate;

import vn.dangvu.rules.RuleValue;

/**
 * The awareness-course certificate must be still valid (5 years) on the day it is used.
 */
final class CertificatePolicy {

	private CertificatePolicy() {
	}

	static Verdict check(LocalDate certificateDate, LocalDate on, RuleValue validityYears) {
		if (certificateDate == null) {
			return Verdict.reject("membership.policy.certificate.missing");
		}
		if (certificateDate.isAfter(on)) {
			return Verdict.reject("membership.policy.certificate.later");
		}
		if (!on.isBefore(certificateDate.plusYears(validityYears.asInt()))) {
			return Verdict.reject("membership.policy.certificate.expired", validityYears.asInt(),
					validityYears.source());
		}
		return Verdict.ok();
	}

}
