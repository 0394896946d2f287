package vn.dangvu.identity.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in (form and HTTP Basic) behind the throttle of {@link LoginAttempts}: an
 * attempt that comes too soon is refused without looking at the password; every other
 * failure, whatever its cause, is counted the same way, so nothing tells an existing
 * account from an unknown one. An attempt whose password could not be checked (the
 * database failed) is taken back and fails as an internal error: a 503, not a 401.
 */
@RequiredArgsConstructor
class ThrottledSignIn implements AuthenticationProvider {

	private static final Logger log = LoggerFactory.getLogger(ThrottledSignIn.class);

	private final AuthenticationProvider passwords;

	private final LoginAttempts attempts;

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = addressOf(authentication);
		Instant now = Instant.now();
		Duration wait = unlessDatabaseFails(() -> this.attempts.admit(username, address, now));
		if (!wait.isZero()) {
			throw new SignInThrottledException(wait);
		}
		Authentication result;
		try {
			result = this.passwords.authenticate(authentication);
		}
		catch (InternalAuthenticationServiceException ex) {
			// the password could not be checked (the database failed): no guess to count
			takeBack(username, address);
			throw ex;
		}
		catch (AuthenticationException ex) {
			unlessDatabaseFails(() -> {
				this.attempts.failed(username, address, now);
				return null;
			});
			throw ex;
		}
		unlessDatabaseFails(() -> {
			this.attempts.succeeded(username, address);
			return null;
		});
		return result;
	}

	/**
	 * A step of the throttle that fails (the database is gone) fails the sign-in as an
	 * internal error, which the entry point answers 503 (decision 0250), instead of an
	 * exception escaping the security filters as a 500.
	 */
	private static <T> T unlessDatabaseFails(Supplier<T> step) {
		try {
			return step.get();
		}
		catch (AuthenticationException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw new InternalAuthenticationServiceException("Sign-in throttle unavailable", ex);
		}
	}

	/** Best effort: when the database is still down, the attempt stays counted. */
	private void takeBack(String username, String address) {
		try {
			this.attempts.notChecked(username, address);
		}
		catch (RuntimeException ex) {
			log.warn("A sign-in attempt that could not be checked stays counted: {}", ex.toString());
		}
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
