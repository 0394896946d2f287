package vn.dangvu.identity.security;

import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import vn.dangvu.identity.domain.AccountPrincipal;
import vn.dangvu.identity.domain.LoginAttempts;

/**
 * Counts wrong passwords and resets the count on success, for form login and HTTP Basic
 * alike (both go through the same authentication manager).
 */
@Component
class LoginEvents {

	private final LoginAttempts attempts;

	LoginEvents(LoginAttempts attempts) {
		this.attempts = attempts;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		this.attempts.recordFailure(event.getAuthentication().getName(), Instant.now());
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
			this.attempts.recordSuccess(principal.getUsername());
		}
	}

}
