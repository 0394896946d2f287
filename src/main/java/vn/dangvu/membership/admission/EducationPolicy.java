package vn.dangvu.membership.admission;

import vn.dangvu.platform.policy.Verdict;
import java.util.Map;
import java.util.Set;

import vn.dangvu.rules.RuleValue;

/**
 * The schooling the rule asks for (lower secondary: grade 9 of 12 or 7 of 10 and above).
 */
final class EducationPolicy {

	private static final Map<String, Set<String>> PASSING = Map.of("LOWER_SECONDARY",
			Set.of("GRADE_9_12", "GRADE_12_12", "GRADE_7_10", "GRADE_10_10"), "UPPER_SECONDARY",
			Set.of("GRADE_12_12", "GRADE_10_10"));

	private EducationPolicy() {
	}

	static Verdict check(String education, RuleValue minimum) {
		Set<String> passing = PASSING.getOrDefault(minimum.value().trim(), Set.of());
		if (education == null || !passing.contains(education)) {
			return Verdict.reject("membership.policy.education", minimum.source());
		}
		return Verdict.ok();
	}

}
