package vn.dangvu.platform.error;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import vn.dangvu.platform.text.Messages;

/**
 * Turns every failure of a JSON endpoint into RFC 9457 {@code application/problem+json}
 * with a Vietnamese (or English) {@code detail} and, for bad input, per-field
 * {@code errors}. Bad input never becomes a 500.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
public class ApiProblemHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

	private final Messages messages;

	@ExceptionHandler(DomainException.class)
	ResponseEntity<ProblemDetail> domain(DomainException ex, HttpServletRequest request) {
		String detail = this.messages.text(ex.messageKey(), ex.args());
		List<Map<String, String>> errors = ex.field() == null ? List.of()
				: List.of(Map.of("field", ex.field(), "message", detail));
		return problem(ex.status(), detail, errors, request);
	}

	@ExceptionHandler(BindException.class) // includes MethodArgumentNotValidException
	ResponseEntity<ProblemDetail> bind(BindException ex, HttpServletRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldError fe : ex.getBindingResult().getFieldErrors()) {
			String message = fe.isBindingFailure() ? this.messages.text("error.field.typeMismatch")
					: this.messages.text(fe);
			errors.add(Map.of("field", fe.getField(), "message", message));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((ge) -> errors.add(Map.of("field", ge.getObjectName(), "message", this.messages.text(ge))));
		return problem(HttpStatus.BAD_REQUEST, this.messages.text("error.validation"), errors, request);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<ProblemDetail> methodValidation(HandlerMethodValidationException ex, HttpServletRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getParameterValidationResults()
			.forEach((r) -> r.getResolvableErrors()
				.forEach((e) -> errors.add(Map.of("field", String.valueOf(r.getMethodParameter().getParameterName()),
						"message", this.messages.text(e)))));
		return problem(HttpStatus.BAD_REQUEST, this.messages.text("error.validation"), errors, request);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraint(ConstraintViolationException ex, HttpServletRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getConstraintViolations()
			.forEach(
					(v) -> errors.add(Map.of("field", String.valueOf(v.getPropertyPath()), "message", v.getMessage())));
		return problem(HttpStatus.BAD_REQUEST, this.messages.text("error.validation"), errors, request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		String detail = this.messages.text("error.param.typeMismatch", ex.getName());
		return problem(HttpStatus.BAD_REQUEST, detail, List.of(Map.of("field", ex.getName(), "message", detail)),
				request);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException ex, HttpServletRequest request) {
		String detail = this.messages.text("error.param.missing", ex.getParameterName());
		return problem(HttpStatus.BAD_REQUEST, detail,
				List.of(Map.of("field", ex.getParameterName(), "message", detail)), request);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		String field = fieldOf(ex);
		if (field == null) {
			return problem(HttpStatus.BAD_REQUEST, this.messages.text("error.body.unreadable"), List.of(), request);
		}
		String detail = this.messages.text("error.body.field", field);
		return problem(HttpStatus.BAD_REQUEST, detail, List.of(Map.of("field", field, "message", detail)), request);
	}

	/**
	 * The JSON path of the value Jackson could not read ({@code newTarget.code},
	 * {@code sourceIds[0]}), or null for a syntax error or a body of the wrong shape.
	 */
	static String fieldOf(Throwable ex) {
		for (Throwable t = ex; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (t instanceof JacksonException jx && !jx.getPath().isEmpty()) {
				StringBuilder path = new StringBuilder();
				for (JacksonException.Reference ref : jx.getPath()) {
					if (ref.getPropertyName() != null) {
						path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
					}
					else if (ref.getIndex() >= 0) {
						path.append('[').append(ref.getIndex()).append(']');
					}
				}
				return path.isEmpty() ? null : path.toString();
			}
		}
		return null;
	}

	/**
	 * Refusals with a status and a fixed message and no field: a content type or method
	 * no endpoint takes, nothing at the address, an upload too large, a role that may not
	 * act, a record changed by someone else meanwhile.
	 */
	@ExceptionHandler({ HttpMediaTypeNotSupportedException.class, HttpRequestMethodNotSupportedException.class,
			NoResourceFoundException.class, MaxUploadSizeExceededException.class, AccessDeniedException.class,
			OptimisticLockingFailureException.class })
	ResponseEntity<ProblemDetail> refused(Exception ex, HttpServletRequest request) {
		HttpStatus status = statusOf(ex);
		String key = switch (status) {
			case FORBIDDEN -> "error.forbidden";
			case CONFLICT -> "error.stale";
			default -> clientErrorKey(status.value());
		};
		return problem(status, this.messages.text(key), List.of(), request);
	}

	private static HttpStatus statusOf(Exception ex) {
		if (ex instanceof AccessDeniedException) {
			return HttpStatus.FORBIDDEN;
		}
		if (ex instanceof OptimisticLockingFailureException) {
			return HttpStatus.CONFLICT;
		}
		if (ex instanceof MaxUploadSizeExceededException) {
			return HttpStatus.CONTENT_TOO_LARGE;
		}
		if (ex instanceof HttpMediaTypeNotSupportedException) {
			return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
		}
		return (ex instanceof HttpRequestMethodNotSupportedException) ? HttpStatus.METHOD_NOT_ALLOWED
				: HttpStatus.NOT_FOUND;
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException ex, HttpServletRequest request) {
		log.warn("Integrity violation on {}: {}", request.getRequestURI(), ex.getMostSpecificCause().getMessage());
		return problem(HttpStatus.CONFLICT, this.messages.text("error.integrity"), List.of(), request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		if (ex instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
			// a refusal of Spring MVC's own (a path variable blank after conversion, a
			// header missing, an unacceptable type) keeps its 4xx status
			return problem(refusal.getStatusCode(), this.messages.text(clientErrorKey(refusal.getStatusCode().value())),
					List.of(), request);
		}
		if (DatabaseDown.isCause(ex)) {
			log.warn("Database unavailable on {}: {}", request.getRequestURI(), ex.toString());
			return problem(HttpStatus.SERVICE_UNAVAILABLE, this.messages.text("error.unavailable"), List.of(), request);
		}
		log.error("Unexpected failure on {}", request.getRequestURI(), ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, this.messages.text("error.unexpected"), List.of(), request);
	}

	/** The message of a 4xx that Spring MVC itself refused with. */
	static String clientErrorKey(int status) {
		return switch (status) {
			case 404 -> "error.notFound";
			case 405 -> "error.method";
			case 413 -> "error.upload.tooLarge";
			case 415 -> "error.mediaType";
			default -> "error.request.invalid";
		};
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String detail,
			List<Map<String, String>> errors, HttpServletRequest request) {
		ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
		pd.setTitle(this.messages.text("error.title." + status.value(), status.value()));
		pd.setInstance(URI.create(request.getRequestURI()));
		if (!errors.isEmpty()) {
			pd.setProperty("errors", errors);
		}
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (status.value() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
			answer.header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseDown.RETRY_AFTER_SECONDS));
		}
		return answer.body(pd);
	}

}
