package vn.dangvu.platform.error;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Failures under {@code /api/} that happen before any REST controller is chosen (an
 * unknown address, a method or content type no endpoint takes) are not seen by
 * {@link ApiProblemHandler}; this answers them with the same problem+json instead of
 * Boot's error JSON.
 */
@Component
@RequiredArgsConstructor
class ApiFallbackProblems implements HandlerExceptionResolver, Ordered {

	private final ApiProblemHandler problems;

	private final JsonMapper json;

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!isApi(request) || (handler instanceof HandlerMethod method
				&& AnnotatedElementUtils.hasAnnotation(method.getBeanType(), RestController.class))) {
			return null;
		}
		ResponseEntity<ProblemDetail> answer = null;
		if (ex instanceof HttpRequestMethodNotSupportedException e && e.getSupportedHttpMethods() != null) {
			response.setHeader(HttpHeaders.ALLOW,
					String.join(", ", e.getSupportedHttpMethods().stream().map(Object::toString).toList()));
		}
		if (ex instanceof NoResourceFoundException || ex instanceof HttpRequestMethodNotSupportedException
				|| ex instanceof HttpMediaTypeNotSupportedException) {
			answer = this.problems.refused(ex, request);
		}
		if (answer == null || answer.getBody() == null) {
			return null;
		}
		ProblemDetail pd = answer.getBody();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", (pd.getType() != null) ? pd.getType().toString() : "about:blank");
		body.put("title", pd.getTitle());
		body.put("status", pd.getStatus());
		body.put("detail", pd.getDetail());
		body.put("instance", (pd.getInstance() != null) ? pd.getInstance().toString() : null);
		if (pd.getProperties() != null) {
			body.putAll(pd.getProperties());
		}
		try {
			response.setStatus(pd.getStatus());
			response.setCharacterEncoding("UTF-8");
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter().write(this.json.writeValueAsString(body));
		}
		catch (IOException failed) {
			return null;
		}
		return new ModelAndView();
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/");
	}

}
