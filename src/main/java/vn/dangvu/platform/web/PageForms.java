package vn.dangvu.platform.web;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.platform.error.DomainException;
import vn.dangvu.platform.text.Messages;

/**
 * Page refusals without try/catch (decision 0204). A page handler hands the write to
 * {@link #submit}: when the write is refused with a rule violation (422) or a conflict
 * (409) the refusal lands on the form's field (or as a global error) and the form is
 * shown again; every other refusal (404, 403, 400) and every failure goes on to
 * {@code PageErrorHandler} and becomes the error page.
 *
 * <p>
 * Before (identity's account form, and about twenty handlers like it):
 *
 * <pre>{@code
 * try {
 *     Accounts.Created created = this.accounts.create(...);
 *     redirect.addFlashAttribute("flashMessage", text("account.created"));
 *     return "redirect:/accounts/" + created.id();
 * }
 * catch (DomainException ex) {
 *     reject(binding, ex);            // a private copy in each controller
 *     form.setPassword(null);
 *     return form(model, form, null);
 * }
 * }</pre>
 *
 * After:
 *
 * <pre>{@code
 * return this.forms.submit(binding, () -> {
 *     Accounts.Created created = this.accounts.create(...);
 *     redirect.addFlashAttribute("flashMessage", this.messages.text("account.created"));
 *     return "redirect:/accounts/" + created.id();
 * }, () -> {
 *     form.setPassword(null);
 *     return form(model, form, null);
 * });
 * }</pre>
 *
 * The template shows the error with {@code fragments/form :: errors} and the field
 * fragments, which read the BindingResult. {@link #submit} answers the re-shown form with
 * the refusal's status (422 or 409), as the API does; {@link #submitKeepingStatus} keeps
 * 200 for a page whose tests expect it. Actions that redirect back instead of re-showing
 * a form (a button on a list) use {@link #act}, which puts the refusal in
 * {@code flashError}.
 *
 * <p>
 * A form whose errors are a {@code Map<String, String>} (field to text) rather than a
 * BindingResult uses {@link #submitKeepingStatus(Map, String, Supplier, Supplier)}; a
 * page that shows a refusal its own way (another flash attribute, several rejections at
 * once, a renamed field) hands that to
 * {@link #submitKeepingStatus(Consumer, Supplier, Supplier)} or, when it also shows
 * refusals other than 422/409, to {@link #attempt}.
 */
@Component
@RequiredArgsConstructor
public class PageForms {

	private final Messages messages;

	/**
	 * Runs the write and returns its view; on a 422/409 refusal puts it on the
	 * BindingResult, sets that status and returns the re-shown form's view.
	 */
	public String submit(BindingResult binding, Supplier<String> write, Supplier<String> reshow) {
		return run(binding, write, reshow, true);
	}

	/** As {@link #submit}, but the re-shown form answers 200. */
	public String submitKeepingStatus(BindingResult binding, Supplier<String> write, Supplier<String> reshow) {
		return run(binding, write, reshow, false);
	}

	/**
	 * As {@link #submitKeepingStatus(BindingResult, Supplier, Supplier)}, for a form that
	 * shows a 422/409 refusal its own way: {@code show} puts it on the form.
	 */
	public String submitKeepingStatus(Consumer<DomainException> show, Supplier<String> write, Supplier<String> reshow) {
		return attempt(PageForms::reshown, show, write::get, reshow);
	}

	/**
	 * As {@link #submitKeepingStatus(BindingResult, Supplier, Supplier)}, for a form
	 * whose errors are a map of field to text: the refusal's text goes under its field,
	 * or under {@code field} when it names none.
	 */
	public String submitKeepingStatus(Map<String, String> errors, String field, Supplier<String> write,
			Supplier<String> reshow) {
		return submitKeepingStatus(
				(ex) -> errors.put((ex.field() != null) ? ex.field() : field, this.messages.text(ex)), write, reshow);
	}

	/**
	 * The general form of them all: runs the write; a refusal that {@code shown} accepts
	 * goes to {@code show} and the answer is {@code otherwise}; every other refusal goes
	 * on to {@code PageErrorHandler}. The status is left as it is.
	 */
	public <T, E extends Exception> T attempt(Predicate<DomainException> shown, Consumer<DomainException> show,
			Write<T, E> write, Supplier<T> otherwise) throws E {
		return attempt(shown, write, (ex) -> {
			show.accept(ex);
			return otherwise.get();
		});
	}

	/**
	 * As {@link #attempt(Predicate, Consumer, Write, Supplier)}, with one function that
	 * shows the refusal and gives the answer.
	 */
	public <T, E extends Exception> T attempt(Predicate<DomainException> shown, Write<T, E> write,
			Function<DomainException, T> refused) throws E {
		try {
			return write.run();
		}
		catch (DomainException ex) {
			if (!shown.test(ex)) {
				throw ex;
			}
			return refused.apply(ex);
		}
	}

	/**
	 * A write for {@link #attempt}; it may throw a checked exception (reading an upload),
	 * which goes on unchanged.
	 */
	@FunctionalInterface
	public interface Write<T, E extends Exception> {

		T run() throws E;

	}

	/**
	 * Runs an action that redirects ({@code "redirect:..."} from {@code write}); on a
	 * 422/409 refusal puts its text in the {@code flashError} attribute and returns
	 * {@code back}.
	 */
	public String act(RedirectAttributes redirect, Supplier<String> write, String back) {
		return act(redirect, write, back, PageForms::reshown);
	}

	/**
	 * As {@link #act}, but every refusal other than a 404 (a 403 or a 400 too) comes back
	 * as {@code flashError}: the buttons whose pages have always shown those on the page
	 * (membership's admission and transfer actions), until their tests change on purpose.
	 */
	public String actUnlessNotFound(RedirectAttributes redirect, Supplier<String> write, String back) {
		return act(redirect, write, back, (ex) -> ex.status() != HttpStatus.NOT_FOUND);
	}

	private String act(RedirectAttributes redirect, Supplier<String> write, String back,
			Predicate<DomainException> flashed) {
		return attempt(flashed, (ex) -> redirect.addFlashAttribute("flashError", this.messages.text(ex)), write::get,
				() -> back);
	}

	/**
	 * Every refusal, a 404 or 403 too: for the few pages that have always shown those
	 * themselves (a calendar day already removed).
	 */
	public static boolean any(DomainException ex) {
		return true;
	}

	/** Every refusal but those with one of these statuses. */
	public static Predicate<DomainException> allBut(HttpStatus... statuses) {
		return (ex) -> !List.of(statuses).contains(ex.status());
	}

	/**
	 * Whether a refusal is shown on the form (422, 409) rather than as the error page.
	 */
	public static boolean reshown(DomainException ex) {
		return ex.status() == HttpStatus.UNPROCESSABLE_CONTENT || ex.status() == HttpStatus.CONFLICT;
	}

	/**
	 * Puts a refusal on its field when the form has that field, else as a global error;
	 * the message resolves in the template (code = message key, with its arguments).
	 */
	public static void reject(BindingResult binding, DomainException ex) {
		reject(binding, ex, ex.field());
	}

	/**
	 * As {@link #reject(BindingResult, DomainException)}, on {@code field} (the refusal's
	 * field as the form names it).
	 */
	public static void reject(BindingResult binding, DomainException ex, String field) {
		if (field != null && binding.getFieldType(field) != null) {
			binding.rejectValue(field, ex.messageKey(), ex.args(), ex.messageKey());
		}
		else {
			binding.reject(ex.messageKey(), ex.args(), ex.messageKey());
		}
	}

	private String run(BindingResult binding, Supplier<String> write, Supplier<String> reshow, boolean status) {
		return attempt(PageForms::reshown, (ex) -> {
			reject(binding, ex);
			if (status) {
				answer(ex.status());
			}
		}, write::get, reshow);
	}

	private static void answer(HttpStatus status) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
			HttpServletResponse response = attrs.getResponse();
			if (response != null) {
				response.setStatus(status.value());
			}
		}
	}

}
