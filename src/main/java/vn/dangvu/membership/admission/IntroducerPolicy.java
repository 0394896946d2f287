package vn.dangvu.membership.admission;

import vn.dangvu.platform.policy.Verdict;
import java.time.LocalDate;
import java.util.List;

import vn.dangvu.membership.MemberStatus;
import vn.dangvu.rules.RuleValue;

/**
 * Two introducers, each a full member of the candidate's cell who has been there (worked
 * with the candidate) for at least 12 months on the day; the Youth Union branch's
 * resolution (4-KNĐ) stands for one of them.
 */
final class IntroducerPolicy {

	/** An introducer and their standing on the day. */
	record Introducer(String name, MemberStatus status) {

	}

	private IntroducerPolicy() {
	}

	static Verdict check(List<Introducer> introducers, boolean youthResolution, long cellId, LocalDate on,
			RuleValue minMonths) {
		int count = introducers.size() + (youthResolution ? 1 : 0);
		if (count != 2) {
			return Verdict.reject("membership.policy.introducer.count", minMonths.source());
		}
		LocalDate since = on.minusMonths(minMonths.asInt());
		for (Introducer i : introducers) {
			MemberStatus s = i.status();
			if (!s.isFull()) {
				return Verdict.reject("membership.policy.introducer.notFull", i.name(), minMonths.source());
			}
			if (s.cellId() == null || s.cellId() != cellId) {
				return Verdict.reject("membership.policy.introducer.otherCell", i.name(), minMonths.source());
			}
			if (s.inCellSince() == null || s.inCellSince().isAfter(since)) {
				return Verdict.reject("membership.policy.introducer.tooShort", i.name(), minMonths.asInt(),
						minMonths.source());
			}
		}
		return Verdict.ok();
	}

}
