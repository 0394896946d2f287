package vn.dangvu.directive.input;

import java.time.LocalDate;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import vn.dangvu.platform.error.DomainException;
import vn.dangvu.platform.text.Messages;
import vn.dangvu.platform.time.PageDates;

/**
 * What the directive pages share to read a posted form: the texts of messages and the
 * parsing of its dates and ids into a field → message map of errors.
 */
@Component
@RequiredArgsConstructor
public class PageInput {

	private final Messages messages;

	public String text(String key, Object... args) {
		return this.messages.text(key, args);
	}

	public String text(DomainException ex) {
		return this.messages.text(ex);
	}

	public static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	public LocalDate date(Map<String, String> form, String field, Map<String, String> errors) {
		String v = form.get(field);
		if (blank(v)) {
			return null;
		}
		LocalDate day = PageDates.tryDay(v).orElse(null);
		if (day == null) {
			errors.put(field, text("error.field.typeMismatch"));
		}
		return day;
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
