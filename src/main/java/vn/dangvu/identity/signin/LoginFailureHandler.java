package vn.dangvu.identity.signin;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * After a failed sign-in (already counted by {@link ThrottledSignIn}): when the next
 * attempt must wait, the page says how long; otherwise every failure reads the same.
 * Unknown usernames are throttled like existing ones, so neither message tells whether a
 * username exists.
 */
@RequiredArgsConstructor
class LoginFailureHandler implements AuthenticationFailureHandler {

	static final String WAIT_SECONDS = "dangvu.login.waitSeconds";

	private final LoginAttempts attempts;

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (exception instanceof InternalAuthenticationServiceException) {
			// the password could not be checked: not "wrong password" but the 503 page
			// when the database failed (DatabaseDownFilter, decision 0250), else a 500
			throw exception;
		}
		long wait;
		if (exception instanceof SignInThrottledException throttled) {
			wait = throttled.waitSeconds();
		}
		else {
			Duration next = this.attempts.waitFor(request.getParameter("username"), request.getRemoteAddr(),
					Instant.now());
			wait = next.isZero() ? 0 : new SignInThrottledException(next).waitSeconds();
		}
		if (wait > 0) {
			request.getSession().setAttribute(WAIT_SECONDS, wait);
			response.sendRedirect(request.getContextPath() + "/login?wait");
			return;
		}
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

}
