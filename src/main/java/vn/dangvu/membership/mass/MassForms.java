package vn.dangvu.membership.mass;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.text.Messages;
import vn.dangvu.platform.time.PageDates;
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.platform.web.PageForms;

/**
 * What the Youth Union and union pages do with a form: read its dates and texts, run the
 * action and answer with a flash message (a refusal as a flash error, a person or unit
 * outside the scope as 404).
 */
@Component
@RequiredArgsConstructor
class MassForms {

	private final Messages messages;

	private final PageForms pageForms;

	private final Clock clock;

	LocalDate today() {
		return VietnamTime.today(this.clock);
	}

	/** Runs an action whose answer is a flash message, then redirects to the target. */
	String act(RedirectAttributes redirect, String target, Supplier<String> action) {
		return this.pageForms.act(redirect, () -> {
			redirect.addFlashAttribute("flashMessage", action.get());
			return target;
		}, target);
	}

	/** A form's date (dd/MM/yyyy), today when blank; unreadable: the field error. */
	LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return today();
		}
		return PageDates.parseDay("date", text, "mass.date.invalid");
	}

	/** A form's date, today when blank or unreadable. */
	LocalDate dateOrToday(String text) {
		try {
			return date(text);
		}
		catch (RuleViolationException ex) {
			return today();
		}
	}

	/**
	 * A form's date as the organisation's forms read it
	 * ({@link MassOrganisation#lenientForms}).
	 */
	LocalDate date(MassOrganisation org, String text) {
		return org.lenientForms() ? dateOrToday(text) : date(text);
	}

	/** A trimmed note or reason, null when blank; longer than 500: the field error. */
	static String trim(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.trim();
		if (t.length() > 500) {
			throw RuleViolationException.onField("note", "mass.text.tooLong", 500);
		}
		return t;
	}

	String text(String key, Object... args) {
		return this.messages.text(key, args);
	}

}
