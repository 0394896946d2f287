package vn.dangvu.platform.error;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * For pages: a refusal that a controller did not show on its own form becomes the error
 * page with the Vietnamese message and the right status (404 for records outside the
 * caller's scope).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class PageErrorHandler {

	private final MessageSource messages;

	PageErrorHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DomainException.class)
	String domain(DomainException ex, Model model, HttpServletResponse response) {
		response.setStatus(ex.status().value());
		model.addAttribute("status", ex.status().value());
		model.addAttribute("errorMessage",
				this.messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(), LocaleContextHolder.getLocale()));
		return "error";
	}

	/**
	 * A path id that is not a number ({@code /units/abc}) or too big for one names no
	 * record: the 404 page. A bad query parameter is a 400 with the same page.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String typeMismatch(MethodArgumentTypeMismatchException ex, Model model, HttpServletResponse response) {
		boolean pathId = ex.getParameter().hasParameterAnnotation(PathVariable.class);
		int status = pathId ? 404 : 400;
		response.setStatus(status);
		model.addAttribute("status", status);
		model.addAttribute("errorMessage",
				pathId ? this.messages.getMessage("error.notFound", null, LocaleContextHolder.getLocale())
						: this.messages.getMessage("error.param.typeMismatch", new Object[] { ex.getName() },
								LocaleContextHolder.getLocale()));
		return "error";
	}

}
