package vn.dangvu.platform.error;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * The database failing outside any controller: the session read before the security
 * filters decide, a sign-in step, a token look-up that threw past its filter, the session
 * saved after the page. Those failures went on to Boot's {@code /error} as a 500 (whose
 * own dispatch failed again on the session). The outermost filter answers them 503 with
 * {@code Retry-After}: problem+json under {@code /api/}, a plain Vietnamese page
 * elsewhere, which needs neither the session nor the database (decision 0250). Anything
 * else goes on as before.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class DatabaseDownFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseDownFilter.class);

	private final MessageSource messages;

	private final JsonMapper json;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!DatabaseDown.isCause(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), ex.toString());
			write(request, response);
		}
	}

	void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
		boolean api = request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/");
		Locale locale = api ? apiLocale(request) : Locale.forLanguageTag("vi");
		String title = this.messages.getMessage("error.title.503", null, locale);
		String detail = this.messages.getMessage("error.unavailable", null, locale);
		response.reset();
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		DatabaseDown.retryAfter(response);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (api) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("type", "about:blank");
			body.put("title", title);
			body.put("status", 503);
			body.put("detail", detail);
			body.put("instance", request.getRequestURI());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter().write(this.json.writeValueAsString(body));
			return;
		}
		String retry = "GET".equals(request.getMethod()) ? "<a href=\"" + html(request.getRequestURI()) + "\">"
				+ html(this.messages.getMessage("error.page.retry", null, locale)) + "</a> · " : "";
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.getWriter()
			.write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
					+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + html(title)
					+ "</title></head><body><main><h1>" + html(title) + "</h1><p>" + html(detail) + "</p><p>" + retry
					+ "<a href=\"" + html(request.getContextPath() + "/") + "\">"
					+ html(this.messages.getMessage("error.page.home", null, locale))
					+ "</a></p></main></body></html>");
	}

	private static Locale apiLocale(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		return (accept != null && accept.strip().toLowerCase(Locale.ROOT).startsWith("en")) ? Locale.ENGLISH
				: Locale.forLanguageTag("vi");
	}

	private static String html(String text) {
		return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
	}

}
