package vn.dangvu.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * One version of a rule: its value, the period it holds (from {@code validFrom} until the
 * day before {@code validTo}; {@code validTo} null = still in force) and the document
 * that set it. Calculations show {@link #source()} so a user sees which rule was used.
 */
public record RuleValue(long id, String key, RuleType type, String value, LocalDate validFrom, LocalDate validTo,
		String source, boolean confirmed, String note) {

	public int asInt() {
		return Integer.parseInt(this.value.trim());
	}

	public BigDecimal asDecimal() {
		return new BigDecimal(this.value.trim());
	}

	/** A percentage as a rate: "0.5" (percent) gives 0.005. */
	public BigDecimal asRate() {
		return asDecimal().divide(BigDecimal.valueOf(100), 10, RoundingMode.UNNECESSARY).stripTrailingZeros();
	}

	public long asMoney() {
		return Long.parseLong(this.value.trim());
	}

	public Fraction asFraction() {
		return Fraction.parse(this.value);
	}

	public boolean asBoolean() {
		return Boolean.parseBoolean(this.value.trim());
	}

	public boolean holdsOn(LocalDate date) {
		return !date.isBefore(this.validFrom) && (this.validTo == null || date.isBefore(this.validTo));
	}

}
