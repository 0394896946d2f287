package vn.dangvu.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures a review report quotes about a programme on a day: activities in all, done
 * and overdue by area, and the indicators with their targets.
 *
 * @param asOf the day "overdue" is counted on
 */
public record ProgrammeCounts(long programmeId, LocalDate asOf, List<AreaCount> areas,
		List<IndicatorTarget> indicators) {

	/**
	 * An area's activities: in all, done (every owner unit done, none still open) and
	 * overdue (due before the day and not done).
	 */
	public record AreaCount(long areaId, int position, String title, int total, int done, int overdue) {

	}

	public record IndicatorTarget(long indicatorId, String taskCode, String name, IndicatorKind kind, BigDecimal target,
			String unitLabel) {

	}

	public int total() {
		return this.areas.stream().mapToInt(AreaCount::total).sum();
	}

	public int done() {
		return this.areas.stream().mapToInt(AreaCount::done).sum();
	}

	public int overdue() {
		return this.areas.stream().mapToInt(AreaCount::overdue).sum();
	}

}
