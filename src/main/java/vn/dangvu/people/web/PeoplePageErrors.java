package vn.dangvu.people.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import vn.dangvu.platform.error.DomainException;

/**
 * Refusals on the people pages shown on the shared error page with their status (404 for
 * a person out of scope, as if it did not exist).
 */
@ControllerAdvice(
		assignableTypes = { PeopleController.class, PersonFormController.class, PeopleImportController.class })
class PeoplePageErrors {

	private final MessageSource messages;

	PeoplePageErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DomainException.class)
	String refused(DomainException ex, Model model, HttpServletResponse response) {
		response.setStatus(ex.status().value());
		model.addAttribute("status", ex.status().value());
		model.addAttribute("errorMessage",
				this.messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(), LocaleContextHolder.getLocale()));
		return "error";
	}

	@ExceptionHandler(AccessDeniedException.class)
	String denied(Model model, HttpServletResponse response) {
		response.setStatus(403);
		model.addAttribute("status", 403);
		model.addAttribute("errorMessage",
				this.messages.getMessage("error.forbidden", null, LocaleContextHolder.getLocale()));
		return "error";
	}

}
