package vn.dangvu.platform.security;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The caller of the current request, from the security context. */
public final class CurrentCaller {

	private CurrentCaller() {
	}

	public static Optional<Caller> find() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof HasCaller hc) {
			return Optional.of(hc.caller());
		}
		return Optional.empty();
	}

	public static Caller require() {
		return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No signed-in caller"));
	}

	/**
	 * The name to record in the audit: the username, or "system" for start-up and jobs.
	 */
	public static String actorName() {
		return find().map(Caller::username).orElse("system");
	}

}
