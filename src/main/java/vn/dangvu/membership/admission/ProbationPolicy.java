package vn.dangvu.membership.admission;

import vn.dangvu.platform.time.PageDates;
import vn.dangvu.platform.policy.Verdict;
import vn.dangvu.membership.log.WorkingDays;
import java.time.LocalDate;

import vn.dangvu.rules.RuleValue;

/**
 * Probation lasts 12 months from the ceremony; full membership is dated at that exact
 * day, however late the cell and committee decide; the cell must consider within 30
 * working days after it.
 */
final class ProbationPolicy {

	private ProbationPolicy() {
	}

	static LocalDate end(LocalDate ceremony, RuleValue months) {
		return ceremony.plusMonths(months.asInt());
	}

	/** The last day for the cell to consider conversion. */
	static LocalDate conversionDeadline(LocalDate end, RuleValue days, WorkingDays calendar) {
		return calendar.add(end, days.asInt());
	}

	/** The cell may vote on conversion only once probation has ended. */
	static Verdict checkResolution(LocalDate end, LocalDate resolution, RuleValue months) {
		if (resolution.isBefore(end)) {
			return Verdict.reject("membership.policy.probation.notOver", PageDates.format(end), months.asInt(),
					months.source());
		}
		return Verdict.ok();
	}

	/**
	 * The day full membership begins: the end of probation, whatever the decision date.
	 */
	static LocalDate fullMembershipDate(LocalDate ceremony, RuleValue months) {
		return end(ceremony, months);
	}

}
