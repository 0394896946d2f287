package vn.dangvu.platform.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import vn.dangvu.platform.text.Messages;

/**
 * For pages: a refusal that a controller did not show on its own form becomes the error
 * page with the Vietnamese message and the right status (404 for records outside the
 * caller's scope).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
@RequiredArgsConstructor
public class PageErrorHandler {

	private static final Logger log = LoggerFactory.getLogger(PageErrorHandler.class);

	private final Messages messages;

	@ExceptionHandler(DomainException.class)
	String domain(DomainException ex, Model model, HttpServletResponse response) {
		return page(ex.status().value(), ex.messageKey(), ex.args(), model, response);
	}

	/** A signed-in user who may not do this (a member posting to a manager's form). */
	@ExceptionHandler(AccessDeniedException.class)
	String denied(Model model, HttpServletResponse response) {
		return page(403, "error.forbidden", null, model, response);
	}

	private String page(int status, String key, Object[] args, Model model, HttpServletResponse response) {
		response.setStatus(status);
		model.addAttribute("status", status);
		model.addAttribute("errorMessage", this.messages.text(key, args));
		return "error";
	}

	/**
	 * Anything else a page handler throws: a refusal of Spring MVC's own keeps its 4xx, a
	 * database that cannot be reached is a 503, the rest a 500; all of them the error
	 * page, never Boot's JSON error body. Sign-in problems stay with Spring Security.
	 */
	@ExceptionHandler(Exception.class)
	String unexpected(Exception ex, HttpServletRequest request, Model model, HttpServletResponse response)
			throws Exception {
		if (ex instanceof AuthenticationException) {
			throw ex;
		}
		if (ex instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
			int status = refusal.getStatusCode().value();
			return page(status, ApiProblemHandler.clientErrorKey(status), null, model, response);
		}
		if (DatabaseDown.isCause(ex)) {
			log.warn("Database unavailable on {}: {}", request.getRequestURI(), ex.toString());
			DatabaseDown.retryAfter(response);
			return page(503, "error.unavailable", null, model, response);
		}
		log.error("Unexpected failure on {}", request.getRequestURI(), ex);
		return page(500, "error.unexpected", null, model, response);
	}

	/**
	 * A path id that is not a number ({@code /units/abc}) or too big for one names no
	 * record: the 404 page. A bad query parameter is a 400 with the same page.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String typeMismatch(MethodArgumentTypeMismatchException ex, Model model, HttpServletResponse response) {
		boolean pathId = ex.getParameter().hasParameterAnnotation(PathVariable.class);
		return pathId ? page(404, "error.notFound", null, model, response)
				: page(400, "error.param.typeMismatch", new Object[] { ex.getName() }, model, response);
	}

}
