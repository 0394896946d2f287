package vn.dangvu.identity.signin;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.HasCaller;

/**
 * The signed-in account. Kept in the (JDBC) HTTP session, hence serialisable; the
 * password hash is erased after authentication.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer, HasCaller, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Caller caller;

	private String passwordHash;

	private final boolean enabled;

	private final Instant lockedUntil;

	private final List<SimpleGrantedAuthority> authorities;

	public AccountPrincipal(Caller caller, String passwordHash, boolean enabled, Instant lockedUntil) {
		this.caller = caller;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.lockedUntil = lockedUntil;
		this.authorities = caller.roles().stream().map((r) -> new SimpleGrantedAuthority(r.authority())).toList();
	}

	@Override
	public Caller caller() {
		return this.caller;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.caller.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return this.lockedUntil == null || !this.lockedUntil.isAfter(Instant.now());
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	public Instant lockedUntil() {
		return this.lockedUntil;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AccountPrincipal that && this.caller.accountId() == that.caller.accountId();
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.caller.accountId());
	}

	@Override
	public String toString() {
		return this.caller.username();
	}

}
