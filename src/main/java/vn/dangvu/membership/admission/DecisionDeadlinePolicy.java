package vn.dangvu.membership.admission;

import vn.dangvu.platform.time.PageDates;
import vn.dangvu.platform.policy.Verdict;
import vn.dangvu.membership.log.WorkingDays;
import java.time.LocalDate;

import vn.dangvu.rules.RuleValue;

/** The admission decision within 60 working days of the cell's resolution. */
final class DecisionDeadlinePolicy {

	private DecisionDeadlinePolicy() {
	}

	static LocalDate deadline(LocalDate resolution, RuleValue days, WorkingDays calendar) {
		return calendar.add(resolution, days.asInt());
	}

	static Verdict check(LocalDate resolution, LocalDate decision, RuleValue days, WorkingDays calendar) {
		if (decision.isBefore(resolution)) {
			return Verdict.reject("membership.policy.date.beforePrevious");
		}
		LocalDate deadline = deadline(resolution, days, calendar);
		if (decision.isAfter(deadline)) {
			return Verdict.reject("membership.policy.decisionDeadline", days.asInt(), PageDates.format(deadline),
					days.source());
		}
		return Verdict.ok();
	}

}
