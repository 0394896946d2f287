package vn.dangvu.programme.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.dangvu.programme.RollUpRule;

/**
 * The roll-up rule (decision 0272), pure: from the activities of a programme with their
 * owners' figures, the percent of each key task, each area and the programme, and the
 * counts of owner rows done, on track, at risk and overdue on a day.
 * <ul>
 * <li>An activity's percent is the mean of its owners' percents, cancelled owners left
 * out; an activity whose owners are all cancelled (or that has none) is left out.</li>
 * <li>{@link RollUpRule#EQUAL}: every activity weighs the same, for a task, an area and
 * the programme alike.</li>
 * <li>{@link RollUpRule#WEIGHTED}: a task is the mean of its activities weighted by the
 * activity's weight; an area and the programme the mean of their tasks weighted by the
 * task's weight.</li>
 * <li>A task with no activity counted has no percent ("chưa có hoạt động") and is left
 * out above it; when nothing is counted the percent is none, never a division by
 * zero.</li>
 * <li>Overdue: due before today and not done. At risk: not done, due from today to
 * {@code atRiskDays} days ahead, and its percent below the time elapsed from its start
 * (the programme's when it has none) to its due day.</li>
 * </ul>
 */
public final class RollUp {

	private static final int SCALE = 6;

	private RollUp() {
	}

	/** A key task with its weight. */
	public record Task(long id, long areaId, BigDecimal weight) {

	}

	/**
	 * An activity: its weight, start (the programme's start when it has none), due day,
	 * and its owners' figures.
	 */
	public record Activity(long id, long taskId, BigDecimal weight, LocalDate startsOn, LocalDate dueOn,
			Owners owners) {

	}

	/**
	 * The owner rows of an activity: how many, done, cancelled, open ones whose percent
	 * is below the time elapsed, and the sum of the percents of those not cancelled.
	 */
	public record Owners(int total, int done, int cancelled, int belowElapsed, long percentSum) {

		/** One owner row (a unit's own view of an activity). */
		public static Owners one(String status, int percent, LocalDate startsOn, LocalDate dueOn, LocalDate today) {
			boolean done = "DONE".equals(status);
			boolean cancelled = "CANCELLED".equals(status);
			boolean below = !done && !cancelled && RollUp.belowElapsed(percent, startsOn, dueOn, today);
			return new Owners(1, done ? 1 : 0, cancelled ? 1 : 0, below ? 1 : 0, cancelled ? 0 : percent);
		}

		int counted() {
			return this.total - this.cancelled;
		}

		int open() {
			return this.total - this.done - this.cancelled;
		}

	}

	/** Owner rows by where they stand on the day. */
	public record Counts(int done, int onTrack, int atRisk, int overdue) {

		static final Counts NONE = new Counts(0, 0, 0, 0);

		Counts plus(Counts o) {
			return new Counts(this.done + o.done, this.onTrack + o.onTrack, this.atRisk + o.atRisk,
					this.overdue + o.overdue);
		}

		public int total() {
			return this.done + this.onTrack + this.atRisk + this.overdue;
		}

	}

	/**
	 * A task's, an area's or the programme's figures: the percent (null when no activity
	 * is counted), whether it has any activity at all, and the counts.
	 */
	public record Figures(Integer percent, boolean hasActivities, Counts counts) {

	}

	public record Result(Figures programme, Map<Long, Figures> areas, Map<Long, Figures> tasks) {

	}

	/** The percent of the time from start to due that has passed on a day, 0–100. */
	public static int elapsedPercent(LocalDate startsOn, LocalDate dueOn, LocalDate today) {
		long span = span(startsOn, dueOn);
		long passed = ChronoUnit.DAYS.between(startsOn, today);
		return (int) Math.max(0, Math.min(100, passed * 100 / span));
	}

	/**
	 * Whether a percent is below the time elapsed, in whole numbers:
	 * {@code percent × span < 100 × days passed} (the SQL of the board uses the same).
	 */
	public static boolean belowElapsed(int percent, LocalDate startsOn, LocalDate dueOn, LocalDate today) {
		long span = span(startsOn, dueOn);
		long passed = Math.min(ChronoUnit.DAYS.between(startsOn, today), span);
		return (long) percent * span < 100 * passed;
	}

	private static long span(LocalDate startsOn, LocalDate dueOn) {
		return Math.max(1, ChronoUnit.DAYS.between(startsOn, dueOn));
	}

	/** Where an activity's owner rows stand on a day. */
	public static Counts counts(Activity a, LocalDate today, int atRiskDays) {
		Owners o = a.owners();
		if (a.dueOn().isBefore(today)) {
			return new Counts(o.done(), 0, 0, o.open());
		}
		if (!a.dueOn().isAfter(today.plusDays(atRiskDays))) {
			return new Counts(o.done(), o.open() - o.belowElapsed(), o.belowElapsed(), 0);
		}
		return new Counts(o.done(), o.open(), 0, 0);
	}

	public static Result of(RollUpRule rule, List<Task> tasks, List<Activity> activities, LocalDate today,
			int atRiskDays) {
		Map<Long, Sum> byTask = new LinkedHashMap<>();
		Map<Long, Task> taskById = new HashMap<>();
		for (Task t : tasks) {
			byTask.put(t.id(), new Sum());
			taskById.put(t.id(), t);
		}
		Map<Long, Sum> byAreaEqual = new LinkedHashMap<>();
		Sum allEqual = new Sum();
		for (Activity a : activities) {
			Task t = taskById.get(a.taskId());
			if (t == null) {
				continue;
			}
			Counts c = counts(a, today, atRiskDays);
			Sum task = byTask.get(t.id());
			Sum area = byAreaEqual.computeIfAbsent(t.areaId(), (k) -> new Sum());
			task.add(c);
			area.add(c);
			allEqual.add(c);
			if (a.owners().counted() > 0) {
				BigDecimal p = BigDecimal.valueOf(a.owners().percentSum())
					.divide(BigDecimal.valueOf(a.owners().counted()), SCALE, RoundingMode.HALF_UP);
				task.weigh(p, (rule == RollUpRule.WEIGHTED) ? a.weight() : BigDecimal.ONE);
				area.weigh(p, BigDecimal.ONE);
				allEqual.weigh(p, BigDecimal.ONE);
			}
		}
		Map<Long, Figures> taskFigures = new LinkedHashMap<>();
		byTask.forEach((id, s) -> taskFigures.put(id, s.figures()));
		Map<Long, Figures> areaFigures = new LinkedHashMap<>();
		for (Task t : tasks) {
			byAreaEqual.computeIfAbsent(t.areaId(), (k) -> new Sum());
		}
		if (rule == RollUpRule.EQUAL) {
			byAreaEqual.forEach((id, s) -> areaFigures.put(id, s.figures()));
			return new Result(allEqual.figures(), areaFigures, taskFigures);
		}
		Map<Long, Sum> byArea = new LinkedHashMap<>();
		Sum all = new Sum();
		for (Task t : tasks) {
			Sum area = byArea.computeIfAbsent(t.areaId(), (k) -> new Sum());
			Sum task = byTask.get(t.id());
			area.counts = area.counts.plus(task.counts);
			area.activities |= task.activities;
			all.counts = all.counts.plus(task.counts);
			all.activities |= task.activities;
			if (task.weight.signum() > 0) {
				BigDecimal p = task.weighted.divide(task.weight, SCALE, RoundingMode.HALF_UP);
				area.weigh(p, t.weight());
				all.weigh(p, t.weight());
			}
		}
		byArea.forEach((id, s) -> areaFigures.put(id, s.figures()));
		return new Result(all.figures(), areaFigures, taskFigures);
	}

	/** A running weighted sum. */
	private static final class Sum {

		BigDecimal weighted = BigDecimal.ZERO;

		BigDecimal weight = BigDecimal.ZERO;

		Counts counts = Counts.NONE;

		boolean activities;

		void add(Counts c) {
			this.counts = this.counts.plus(c);
			this.activities = true;
		}

		void weigh(BigDecimal percent, BigDecimal w) {
			this.weighted = this.weighted.add(percent.multiply(w));
			this.weight = this.weight.add(w);
		}

		Figures figures() {
			Integer percent = (this.weight.signum() == 0) ? null
					: this.weighted.divide(this.weight, 0, RoundingMode.HALF_UP).intValue();
			return new Figures(percent, this.activities, this.counts);
		}

	}

}
