package vn.dangvu.membership.dues;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import org.springframework.validation.BindException;
import org.springframework.validation.MapBindingResult;

import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.time.PageDates;

/** Reads request values field by field; a bad one is a field error, never a 500. */
final class DuesInput {

	static final int MAX_IDS = 2000;

	private DuesInput() {
	}

	static long id(String field, Object value) {
		require(field, value);
		if (value instanceof Integer || value instanceof Long) {
			return ((Number) value).longValue();
		}
		try {
			long id = Long.parseLong(value.toString().trim());
			if (id <= 0) {
				throw RuleViolationException.onField(field, "dues.id.invalid");
			}
			return id;
		}
		catch (NumberFormatException ex) {
			throw RuleViolationException.onField(field, "dues.id.invalid");
		}
	}

	/** A JSON list of ids (at most {@link #MAX_IDS}). */
	static List<Long> ids(String field, Object value) {
		if (value == null) {
			throw RuleViolationException.onField(field, "dues.field.required");
		}
		if (!(value instanceof List<?> list) || list.size() > MAX_IDS) {
			throw RuleViolationException.onField(field, "dues.id.invalid");
		}
		List<Long> ids = new ArrayList<>();
		for (Object o : list) {
			ids.add(id(field, o));
		}
		return ids;
	}

	static YearMonth month(String field, Object value) {
		require(field, value);
		return inYears(field, value.toString().trim(), "dues.month.invalid", YearMonth::parse, YearMonth::getYear);
	}

	static LocalDate date(String field, Object value) {
		require(field, value);
		if (!(value instanceof String text)) {
			throw RuleViolationException.onField(field, "dues.date.invalid");
		}
		return inYears(field, text.trim(), "dues.date.invalid", LocalDate::parse, LocalDate::getYear);
	}

	/**
	 * A date typed on a page: dd/MM/yyyy (or ISO), the same range checks as
	 * {@link #date}.
	 */
	static LocalDate pageDate(String field, String value) {
		require(field, value);
		return inYears(field, value, "dues.date.invalid", PageDates::parse, LocalDate::getYear);
	}

	/**
	 * A month typed on a page (yyyy-MM) of the years 2000 to 2100; empty when blank or
	 * anything else.
	 */
	static Optional<YearMonth> pageMonth(String text) {
		return (text == null || text.isBlank()) ? Optional.empty()
				: Optional.ofNullable(within(text.trim(), YearMonth::parse, YearMonth::getYear));
	}

	/**
	 * A month or a day of the years 2000 to 2100; anything else is the invalid key on the
	 * field.
	 */
	private static <T> T inYears(String field, String text, String invalidKey, Function<String, T> parse,
			ToIntFunction<T> year) {
		T parsed = within(text, parse, year);
		if (parsed == null) {
			throw RuleViolationException.onField(field, invalidKey);
		}
		return parsed;
	}

	/** A month or a day of the years 2000 to 2100, or null. */
	private static <T> T within(String text, Function<String, T> parse, ToIntFunction<T> year) {
		try {
			T parsed = parse.apply(text);
			int y = year.applyAsInt(parsed);
			return (y < 2000 || y > 2100) ? null : parsed;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static void require(String field, Object value) {
		if (value == null || (value instanceof String s && s.isBlank())) {
			throw RuleViolationException.onField(field, "dues.field.required");
		}
	}

	static long money(String field, Object value) {
		require(field, value);
		try {
			String text = value.toString().trim().replace(".", "").replace(",", "").replace(" ", "");
			long amount = Long.parseLong(text);
			if (amount < 0 || amount > InsuredSalaries.MAX_AMOUNT) {
				throw RuleViolationException.onField(field, "dues.salary.amount.invalid");
			}
			return amount;
		}
		catch (NumberFormatException ex) {
			throw RuleViolationException.onField(field, "dues.salary.amount.invalid");
		}
	}

	static String text(String field, Object value, int max) {
		if (value == null) {
			return null;
		}
		if (!(value instanceof String s)) {
			throw RuleViolationException.onField(field, "dues.text.invalid");
		}
		if (s.length() > max) {
			throw RuleViolationException.onField(field, "dues.text.tooLong", max);
		}
		return s.trim();
	}

	/** Reads several fields and reports every bad one at once. */
	static final class Fields {

		private final List<RuleViolationException> problems = new ArrayList<>();

		<T> T read(Supplier<T> reader) {
			try {
				return reader.get();
			}
			catch (RuleViolationException ex) {
				if (ex.field() == null) {
					throw ex;
				}
				this.problems.add(ex);
				return null;
			}
		}

		/** Throws when a field was bad: one as itself, several as a 400 listing each. */
		void check() throws BindException {
			if (this.problems.size() == 1) {
				throw this.problems.get(0);
			}
			if (!this.problems.isEmpty()) {
				MapBindingResult result = new MapBindingResult(new HashMap<>(), "request");
				this.problems.forEach((p) -> result.rejectValue(p.field(), p.messageKey(), p.args(), p.messageKey()));
				throw new BindException(result);
			}
		}

	}

	static Object get(Map<String, Object> body, String field) {
		return (body == null) ? null : body.get(field);
	}

}
