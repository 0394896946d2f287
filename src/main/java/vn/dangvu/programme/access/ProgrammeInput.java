package vn.dangvu.programme.access;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.dangvu.platform.error.RuleViolationException;

/**
 * Checks of typed values shared by the programme features; a bad one is a 422 on its
 * field.
 */
public final class ProgrammeInput {

	/**
	 * The earliest year a programme may start in, and how far ahead one may be written.
	 */
	public static final int FIRST_YEAR = 2000;

	public static final int YEARS_AHEAD = 6;

	private ProgrammeInput() {
	}

	/**
	 * The field's name in the reader's language ({@code programme.field.<name>}), as a
	 * message argument, so that every refusal names its field.
	 */
	public static MessageSourceResolvable label(String field) {
		return new DefaultMessageSourceResolvable(new String[] { "programme.field." + field }, field);
	}

	/** The text stripped, or null when blank; too long or required and blank is a 422. */
	public static String text(String field, String value, int max, boolean required) {
		String t = (value == null) ? null : value.strip();
		if (t == null || t.isEmpty()) {
			if (required) {
				throw RuleViolationException.onField(field, "programme.field.required", label(field));
			}
			return null;
		}
		if (t.length() > max) {
			throw RuleViolationException.onField(field, "programme.field.tooLong", label(field), max);
		}
		return t;
	}

	public static <T> T required(String field, T value) {
		if (value == null) {
			throw RuleViolationException.onField(field, "programme.field.required", label(field));
		}
		return value;
	}

	/** A day in the years a programme may cover, relative to today. */
	public static LocalDate day(String field, LocalDate value, LocalDate today) {
		if (value != null && (value.getYear() < FIRST_YEAR || value.getYear() > today.getYear() + YEARS_AHEAD)) {
			throw RuleViolationException.onField(field, "programme.year.outOfRange", label(field), FIRST_YEAR,
					today.getYear() + YEARS_AHEAD);
		}
		return value;
	}

	/** A weight: more than 0, at most 10,000, two decimals; null is 1. */
	public static BigDecimal weight(String field, BigDecimal value) {
		if (value == null) {
			return BigDecimal.ONE;
		}
		if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(10_000)) > 0
				|| value.stripTrailingZeros().scale() > 2) {
			throw RuleViolationException.onField(field, "programme.weight.invalid", label(field));
		}
		return value;
	}

}
