package vn.dangvu.identity.signin;

import java.time.Duration;
import java.time.Instant;

import lombok.RequiredArgsConstructor;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in (form and HTTP Basic) behind the throttle of {@link LoginAttempts}: an
 * attempt that comes too soon is refused without looking at the password; every other
 * failure, whatever its cause, is counted the same way, so nothing tells an existing
 * account from an unknown one.
 */
@RequiredArgsConstructor
class ThrottledSignIn implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginAttempts attempts;

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = addressOf(authentication);
		Instant now = Instant.now();
		Duration wait = this.attempts.admit(username, address, now);
		if (!wait.isZero()) {
			throw new SignInThrottledException(wait);
		}
		Authentication result;
		try {
			result = this.passwords.authenticate(authentication);
		}
		catch (AuthenticationException ex) {
			this.attempts.failed(username, now);
			throw ex;
		}
		this.attempts.succeeded(username, address);
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.passwords.supports(authentication);
	}

	static String addressOf(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

}
