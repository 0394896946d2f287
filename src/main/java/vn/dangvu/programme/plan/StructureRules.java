package vn.dangvu.programme.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;

import vn.dangvu.platform.policy.Verdict;
import vn.dangvu.platform.time.PageDates;
import vn.dangvu.programme.IndicatorKind;
import vn.dangvu.programme.PeriodKind;
import vn.dangvu.programme.access.ProgrammeAccess.Head;
import vn.dangvu.programme.access.ProgrammeAccess.Unit;
import vn.dangvu.programme.access.ProgrammeInput;

/**
 * What a programme's structure may hold (decision 0270): its period fits its kind, an
 * activity falls within the period, a target fits its indicator's kind, an owner unit
 * lies in the programme unit's subtree.
 */
final class StructureRules {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private StructureRules() {
	}

	/**
	 * A year is 01/01–31/12 of one year; a half is 01/01–30/06 or 01/07–31/12; a term
	 * lasts one to six years.
	 */
	static Verdict period(PeriodKind kind, LocalDate startsOn, LocalDate endsOn) {
		if (!endsOn.isAfter(startsOn)) {
			return Verdict.reject("programme.period.endBeforeStart").on("endsOn");
		}
		return switch (kind) {
			case YEAR -> (MonthDay.from(startsOn).equals(MonthDay.of(1, 1))
					&& endsOn.equals(LocalDate.of(startsOn.getYear(), 12, 31))) ? Verdict.ok()
							: Verdict.reject("programme.period.year").on("endsOn");
			case HALF -> ((MonthDay.from(startsOn).equals(MonthDay.of(1, 1))
					&& endsOn.equals(LocalDate.of(startsOn.getYear(), 6, 30)))
					|| (MonthDay.from(startsOn).equals(MonthDay.of(7, 1))
							&& endsOn.equals(LocalDate.of(startsOn.getYear(), 12, 31)))) ? Verdict.ok()
									: Verdict.reject("programme.period.half").on("endsOn");
			case TERM ->
				(!endsOn.isBefore(startsOn.plusYears(1).minusDays(1)) && !endsOn.isAfter(startsOn.plusYears(6)))
						? Verdict.ok() : Verdict.reject("programme.period.term").on("endsOn");
		};
	}

	/** A day of an activity (its start or deadline) within the programme's period. */
	static Verdict within(Head head, LocalDate day, String field) {
		if (day.isBefore(head.startsOn())) {
			return Verdict
				.reject("programme.activity.beforeStart", ProgrammeInput.label(field), PageDates.format(day),
						PageDates.format(head.startsOn()))
				.on(field);
		}
		if (day.isAfter(head.endsOn())) {
			return Verdict
				.reject("programme.activity.afterEnd", ProgrammeInput.label(field), PageDates.format(day),
						PageDates.format(head.endsOn()))
				.on(field);
		}
		return Verdict.ok();
	}

	/**
	 * A target of the indicator's kind: a percentage 0–100, a count or an amount a whole
	 * number not below 0, yes/no 1 or 0.
	 */
	static Verdict target(IndicatorKind kind, BigDecimal target) {
		boolean whole = target.stripTrailingZeros().scale() <= 0;
		boolean ok = switch (kind) {
			case PERCENT ->
				target.signum() >= 0 && target.compareTo(HUNDRED) <= 0 && target.stripTrailingZeros().scale() <= 2;
			case COUNT, AMOUNT_VND ->
				target.signum() >= 0 && whole && target.compareTo(new BigDecimal("9999999999999999")) <= 0;
			case YES_NO -> target.compareTo(BigDecimal.ZERO) == 0 || target.compareTo(BigDecimal.ONE) == 0;
		};
		return ok ? Verdict.ok() : Verdict.reject("programme.indicator.target." + kind.name()).on("target");
	}

	/** An owner unit in the programme unit's subtree, still open. */
	static Verdict owner(Head head, Unit owner) {
		if (!owner.path().startsWith(head.unit().path())) {
			return Verdict.reject("programme.owner.outsideSubtree", owner.name(), head.unit().name())
				.on("ownerUnitIds");
		}
		if (owner.closedOn() != null) {
			return Verdict.reject("programme.owner.closed", owner.name()).on("ownerUnitIds");
		}
		return Verdict.ok();
	}

}
