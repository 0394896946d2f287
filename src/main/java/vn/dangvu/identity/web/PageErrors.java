package vn.dangvu.identity.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import vn.dangvu.platform.error.DomainException;

/** A refusal on one of this module's pages shows the error page with its message. */
@ControllerAdvice(assignableTypes = { AccountsController.class, TokensController.class })
class PageErrors {

	private final MessageSource messages;

	PageErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DomainException.class)
	String refused(DomainException ex, HttpServletResponse response, Model model) {
		response.setStatus(ex.status().value());
		model.addAttribute("status", ex.status().value());
		model.addAttribute("errorMessage",
				this.messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(), LocaleContextHolder.getLocale()));
		return "error";
	}

}
