package vn.dangvu.identity.security;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import vn.dangvu.identity.domain.LoginAttempts;

/**
 * After a failed sign-in (already counted by {@link LoginEvents}): a locked account is
 * told until when; every other failure gets the same message, so nobody learns whether a
 * username exists.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

	static final String LOCKED_UNTIL = "dangvu.login.lockedUntil";

	private final LoginAttempts attempts;

	LoginFailureHandler(LoginAttempts attempts) {
		this.attempts = attempts;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String username = request.getParameter("username");
		Optional<Instant> lockedUntil = this.attempts.lockedUntil(username, Instant.now());
		if (lockedUntil.isPresent()) {
			request.getSession().setAttribute(LOCKED_UNTIL, lockedUntil.get());
			response.sendRedirect(request.getContextPath() + "/login?locked");
			return;
		}
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

}
