package vn.dangvu.identity.signin;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import vn.dangvu.platform.error.DatabaseDown;

/**
 * 401 and 403 of {@code /api/**} as {@code application/problem+json}, Vietnamese unless
 * the client asks for English; a sign-in that failed because the database cannot be
 * reached is a 503 with {@code Retry-After}, not a 401 (decisions 0172, 0250), and one
 * that failed inside for another reason a 500.
 */
@RequiredArgsConstructor
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

	static final String CHALLENGE_BEARER = "Bearer realm=\"dangvu\"";

	private final MessageSource messages;

	private final JsonMapper json;

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		if (DatabaseDown.isCause(authException)) {
			// the credentials could not be checked, not found wrong: retry later
			log.warn("Database unavailable on sign-in, {}: {}", request.getRequestURI(),
					String.valueOf(authException.getCause()));
			DatabaseDown.retryAfter(response);
			write(request, response, 503, "error.unavailable");
			return;
		}
		if (authException instanceof InternalAuthenticationServiceException) {
			// the credentials could not be checked for another reason: a failure of ours,
			// not of the client's credentials
			log.error("Sign-in failed internally on {}", request.getRequestURI(), authException);
			write(request, response, 500, "error.unexpected");
			return;
		}
		// Only the Bearer challenge: a Basic one would make browsers prompt for and cache
		// credentials, which any site could then ride (decision 0165).
		response.addHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE_BEARER);
		if (authException instanceof SignInThrottledException throttled) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.waitSeconds()));
			write(request, response, 401, "account.login.throttled", throttled.waitSeconds());
			return;
		}
		write(request, response, 401, "error.unauthorized");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		write(request, response, 403, "error.forbidden");
	}

	void write(HttpServletRequest request, HttpServletResponse response, int status, String key, Object... args)
			throws IOException {
		Locale locale = locale(request);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", this.messages.getMessage("error.title." + status, null, locale));
		body.put("status", status);
		body.put("detail", this.messages.getMessage(key, args, locale));
		body.put("instance", request.getRequestURI());
		response.setStatus(status);
		response.setCharacterEncoding("UTF-8");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter().write(this.json.writeValueAsString(body));
	}

	private static Locale locale(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		return (accept != null && accept.toLowerCase(Locale.ROOT).startsWith("en")) ? Locale.ENGLISH
				: Locale.forLanguageTag("vi");
	}

}
