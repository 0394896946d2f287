package vn.dangvu.organisation.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import vn.dangvu.platform.error.DomainException;

/** A unit page that cannot be shown (not found, not permitted) shows the error page. */
@ControllerAdvice(assignableTypes = { UnitPages.class, UnitFormPages.class })
class UnitPageErrors {

	private final MessageSource messages;

	UnitPageErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DomainException.class)
	ModelAndView refused(DomainException ex) {
		ModelAndView view = new ModelAndView("error");
		view.setStatus(ex.status());
		view.addObject("status", ex.status().value());
		view.addObject("errorMessage",
				this.messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(), LocaleContextHolder.getLocale()));
		return view;
	}

}
