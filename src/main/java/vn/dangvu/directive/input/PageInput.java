package vn.dangvu.directive.input;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.dangvu.platform.error.DomainException;
import vn.dangvu.platform.time.PageDates;

/**
 * What the directive pages share to read a posted form: the texts of messages and the
 * parsing of its dates and ids into a field → message map of errors.
 */
@Component
public class PageInput {

	private final MessageSource messages;

	PageInput(MessageSource messages) {
		this.messages = messages;
	}

	public String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	public String text(DomainException ex) {
		return text(ex.messageKey(), ex.args());
	}

	public static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	public LocalDate date(Map<String, String> form, String field, Map<String, String> errors) {
		String v = form.get(field);
		if (blank(v)) {
			return null;
		}
		try {
			return PageDates.parse(v);
		}
		catch (DateTimeParseException ex) {
			errors.put(field, text("error.field.typeMismatch"));
			return null;
		}
	}

	public Long id(Map<String, String> form, String field, Map<String, String> errors) {
		String v = form.get(field);
		if (blank(v)) {
			return null;
		}
		try {
			return Long.valueOf(v.strip());
		}
		catch (NumberFormatException ex) {
			errors.put(field, text("error.field.typeMismatch"));
			return null;
		}
	}

}
