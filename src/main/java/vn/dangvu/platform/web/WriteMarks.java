package vn.dangvu.platform.web;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When this browser last sent a form (decision 0278): every POST, PUT, PATCH or DELETE of
 * a page (not the API) sets the cookie {@value #COOKIE} to the moment it arrived,
 * whatever its outcome. Pieces of a page that the browser may keep for a while (the
 * reminders' badge) carry it in their address, so one's own change shows on the next page
 * at once instead of when the kept copy runs out. It runs before the security filters, so
 * signing in and out (another person at the same browser) marks too.
 */
@Component("writeMarks")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@RequiredArgsConstructor
public class WriteMarks extends OncePerRequestFilter {

	static final String COOKIE = "dangvu-wrote";

	private final Clock clock;

	/** The mark of the current request's browser, "0" before its first form. */
	public String current() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& attributes.getRequest().getCookies() != null) {
			for (Cookie cookie : attributes.getRequest().getCookies()) {
				if (COOKIE.equals(cookie.getName()) && cookie.getValue().matches("\\d{1,19}")) {
					return cookie.getValue();
				}
			}
		}
		return "0";
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method) && !"OPTIONS".equals(method)
				&& !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			Cookie mark = new Cookie(COOKIE, Long.toString(this.clock.millis()));
			mark.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
			mark.setHttpOnly(true);
			mark.setSecure(request.isSecure());
			mark.setAttribute("SameSite", "Lax");
			response.addCookie(mark);
		}
		chain.doFilter(request, response);
	}

}
