package vn.dangvu.membership.dues;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.platform.text.Messages;
import vn.dangvu.platform.time.PageDates;
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.platform.web.PageForms;

/**
 * What the dues pages do with a form: run the action and answer with a flash message (a
 * refusal as a flash error, a unit or person outside the scope as 404), read the paid-on
 * day, and the addresses of the ledgers.
 */
@Component
@RequiredArgsConstructor
class DuesForms {

	private final Messages messages;

	private final Clock clock;

	private final PageForms pageForms;

	LocalDate today() {
		return VietnamTime.today(this.clock);
	}

	/**
	 * Runs an action whose answer is the flash message; a refusal becomes the flash
	 * error.
	 * @return whether the action succeeded
	 */
	boolean act(RedirectAttributes redirect, Supplier<String> action) {
		return orFlash(redirect, () -> {
			redirect.addFlashAttribute("flashMessage", action.get());
			return true;
		}) != null;
	}

	/**
	 * Reads or does something; a refusal becomes the flash error and the answer null (a
	 * unit or person outside the scope stays a 404).
	 */
	<T> T orFlash(RedirectAttributes redirect, Supplier<T> read) {
		return this.pageForms.attempt(PageForms.allBut(HttpStatus.NOT_FOUND),
				(ex) -> redirect.addFlashAttribute("flashError", this.messages.text(ex)), read::get, () -> null);
	}

	/** A form's paid-on day (dd/MM/yyyy), today when blank. */
	LocalDate paidOn(String paidOn) {
		return (paidOn == null || paidOn.isBlank()) ? today() : DuesInput.pageDate("paidOn", paidOn);
	}

	/** A page's month (yyyy-MM or MM/yyyy), this month when blank or unreadable. */
	YearMonth month(String month) {
		try {
			YearMonth m = PageDates.parseMonth(month);
			return (m != null) ? m : YearMonth.from(today());
		}
		catch (DateTimeParseException ex) {
			return YearMonth.from(today());
		}
	}

	/** Labels of the configured categories; one without a message shows its code. */
	Map<String, String> categoryLabels(List<String> categories) {
		Map<String, String> labels = new HashMap<>();
		categories.forEach(
				(c) -> labels.put(c, Objects.requireNonNullElse(this.messages.textOrNull("dues.category." + c), c)));
		return labels;
	}

	String text(String key, Object... args) {
		return this.messages.text(key, args);
	}

	static String base(DuesKind kind) {
		return (kind == DuesKind.PARTY) ? "/membership/dues" : "/membership/union/dues";
	}

	static String ledgerUrl(DuesKind kind, long unit, YearMonth month, String page) {
		return base(kind) + "?unit=" + unit + "&month=" + month
				+ ((page != null && !page.isBlank()) ? "&page=" + page : "");
	}

}
