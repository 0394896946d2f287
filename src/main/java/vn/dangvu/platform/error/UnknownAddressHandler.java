package vn.dangvu.platform.error;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;

import vn.dangvu.platform.text.Messages;

/**
 * An address no handler serves. Static files are served only under their own prefixes
 * (decision 0192), so an unknown address is no longer a missing static resource but has
 * no handler at all, and the advices bound to controllers do not see it: under
 * {@code /api/} it is a problem+json 404, elsewhere the 404 page.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
@RequiredArgsConstructor
class UnknownAddressHandler {

	private final Messages messages;

	@ExceptionHandler(NoHandlerFoundException.class)
	Object unknown(HttpServletRequest request, HttpServletResponse response) {
		String detail = this.messages.text("error.notFound");
		if (request.getRequestURI().startsWith("/api/")) {
			ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
			pd.setTitle(this.messages.text("error.title.404", 404));
			pd.setInstance(URI.create(request.getRequestURI()));
			return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
		}
		response.setStatus(HttpStatus.NOT_FOUND.value());
		ModelAndView page = new ModelAndView("error");
		page.setStatus(HttpStatus.NOT_FOUND);
		page.addObject("status", 404);
		page.addObject("errorMessage", detail);
		return page;
	}

}
