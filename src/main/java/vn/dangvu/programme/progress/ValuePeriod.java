package vn.dangvu.programme.progress;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The period an indicator's actual value is for: a month, a quarter, a half or a year.
 */
public enum ValuePeriod {

	MONTH(12), QUARTER(4), HALF(2), YEAR(1);

	private final int perYear;

	ValuePeriod(int perYear) {
		this.perYear = perYear;
	}

	/** How many such periods a year has (the largest valid number). */
	public int perYear() {
		return this.perYear;
	}

	public LocalDate start(int year, int number) {
		int months = 12 / this.perYear;
		return LocalDate.of(year, (number - 1) * months + 1, 1);
	}

	public LocalDate end(int year, int number) {
		int months = 12 / this.perYear;
		return YearMonth.of(year, number * months).atEndOfMonth();
	}

	/** The period a start and end make, or null when they make none. */
	public static ValuePeriod of(LocalDate start, LocalDate end) {
		for (ValuePeriod p : values()) {
			int months = 12 / p.perYear;
			if (start.getDayOfMonth() == 1 && (start.getMonthValue() - 1) % months == 0
					&& end.equals(YearMonth.from(start).plusMonths(months - 1).atEndOfMonth())) {
				return p;
			}
		}
		return null;
	}

	/** The period's number in its year (3 for the third quarter). */
	public static int number(ValuePeriod p, LocalDate start) {
		return (start.getMonthValue() - 1) / (12 / p.perYear) + 1;
	}

}
