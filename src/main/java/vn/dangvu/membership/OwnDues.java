package vn.dangvu.membership;

import java.time.YearMonth;
import java.util.List;

/**
 * A member's own Party dues in the year of a day: this month's due and whether it is
 * paid, the months over and unpaid with what they come to, and the striking-off flag.
 */
public record OwnDues(long unitId, String unitName, YearMonth month, String category, long dueThisMonth,
		boolean paidThisMonth, List<Month> unpaidMonths, long debt, boolean strikingOff) {

	public OwnDues {
		unpaidMonths = List.copyOf(unpaidMonths);
	}

	/** A month over and unpaid, with its due. */
	public record Month(YearMonth month, long amountDue) {
	}

}
