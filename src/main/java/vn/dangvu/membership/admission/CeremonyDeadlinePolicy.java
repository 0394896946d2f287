package vn.dangvu.membership.admission;

import vn.dangvu.platform.time.PageDates;
import vn.dangvu.platform.policy.Verdict;
import vn.dangvu.membership.log.WorkingDays;
import java.time.LocalDate;

import vn.dangvu.rules.RuleValue;

/**
 * The ceremony within 30 working days of the decision; later only when the next-level
 * committee's approval is recorded.
 */
final class CeremonyDeadlinePolicy {

	private CeremonyDeadlinePolicy() {
	}

	static LocalDate deadline(LocalDate decision, RuleValue days, WorkingDays calendar) {
		return calendar.add(decision, days.asInt());
	}

	static Verdict check(LocalDate decision, LocalDate ceremony, RuleValue days, WorkingDays calendar,
			boolean lateApproved) {
		if (ceremony.isBefore(decision)) {
			return Verdict.reject("membership.policy.date.beforePrevious");
		}
		LocalDate deadline = deadline(decision, days, calendar);
		if (ceremony.isAfter(deadline) && !lateApproved) {
			return Verdict.reject("membership.policy.ceremonyDeadline", days.asInt(), PageDates.format(deadline),
					days.source());
		}
		return Verdict.ok();
	}

}
