package vn.dangvu.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A programme reviewed over a period (decision 0274): what was due, done and late, by
 * area and by owner unit, and the indicators with their target, the latest actual value
 * of the period and whether it is achieved. What a review report quotes.
 *
 * @param from the first day of the period
 * @param to the last day of the period
 * @param lateAsOf the last day a not-done activity due on it counts as late: {@code to},
 * or the day before today when the period has not ended
 * @param units one page of owner units (all of them through {@link ProgrammeApi})
 * @param unitOrder {@code path} (the tree's order) or {@code late} (most late first)
 */
public record ProgrammeReview(long programmeId, String title, ProgrammeState state, LocalDate startsOn,
		LocalDate endsOn, LocalDate from, LocalDate to, LocalDate lateAsOf, Figures total, List<AreaReview> areas,
		List<UnitReview> units, int unitTotal, int unitPage, int unitPages, String unitOrder,
		List<IndicatorReview> indicators) {

	/**
	 * Counts of activities (by area and in all) or of one unit's owner rows: {@code due}
	 * in the period, of which {@code dueDone} done by its end; {@code done} in the period
	 * (whatever their due day); {@code late}: due by {@link #lateAsOf} and not done, or
	 * done in the period after their due day; {@code open}: not done and not yet due.
	 */
	public record Figures(int due, int dueDone, int done, int late, int open) {

		public static final Figures NONE = new Figures(0, 0, 0, 0, 0);

		public Figures plus(Figures o) {
			return new Figures(this.due + o.due, this.dueDone + o.dueDone, this.done + o.done, this.late + o.late,
					this.open + o.open);
		}

		/** Nothing due, done, late nor open in the period. */
		public boolean empty() {
			return this.due == 0 && this.done == 0 && this.late == 0 && this.open == 0;
		}

	}

	/** An area: its activities' figures and its indicators achieved. */
	public record AreaReview(long areaId, int position, String title, Figures activities, int indicators,
			int indicatorsAchieved) {

	}

	/** An owner unit: the figures of its own owner rows. */
	public record UnitReview(long unitId, String name, Figures activities) {

	}

	/**
	 * An indicator: its target, the latest actual value of a period ending within the
	 * review's period (null when none), and whether that value reaches the target.
	 */
	public record IndicatorReview(long indicatorId, long areaId, String taskCode, String name, IndicatorKind kind,
			BigDecimal target, String unitLabel, BigDecimal actual, LocalDate actualPeriodEnd, boolean achieved) {

	}

	/**
	 * The totals a report's sentence quotes, with the message key that words them
	 * ({@code programme.review.summary}: "done {0} of {1} activities due, {2} done in
	 * all, {3} late, {4} still open; {5} of {6} indicators achieved").
	 */
	public record Summary(int dueDone, int due, int done, int late, int open, int indicatorsAchieved, int indicators) {

		public static final String MESSAGE_KEY = "programme.review.summary";

		/** The arguments of {@link #MESSAGE_KEY}, in order. */
		public Object[] arguments() {
			return new Object[] { this.dueDone, this.due, this.done, this.late, this.open, this.indicatorsAchieved,
					this.indicators };
		}

	}

	@JsonProperty
	public Summary summary() {
		return new Summary(this.total.dueDone(), this.total.due(), this.total.done(), this.total.late(),
				this.total.open(), indicatorsAchieved(), this.indicators.size());
	}

	@JsonProperty
	public int indicatorsAchieved() {
		return (int) this.indicators.stream().filter(IndicatorReview::achieved).count();
	}

	/** Nothing to review: no activity and no indicator counted in the period. */
	@JsonProperty
	public boolean empty() {
		return this.total.empty() && this.indicators.isEmpty();
	}

}
