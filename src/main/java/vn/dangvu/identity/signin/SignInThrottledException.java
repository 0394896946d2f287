package vn.dangvu.identity.signin;

import java.io.Serial;
import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused before its password was looked at, because it came too soon. */
class SignInThrottledException extends AuthenticationException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long waitSeconds;

	SignInThrottledException(Duration wait) {
		super("Too many failed sign-ins; wait " + wait.toSeconds() + " s");
		this.waitSeconds = Math.max(1, wait.toSeconds() + ((wait.toNanosPart() > 0) ? 1 : 0));
	}

	long waitSeconds() {
		return this.waitSeconds;
	}

}
