package vn.dangvu.identity.signin;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.dangvu.identity.token.ApiTokens;
import vn.dangvu.platform.error.DatabaseDown;

/**
 * Authenticates {@code Authorization: Bearer dv_…} with a personal API token; a bearer
 * header with an unknown, revoked or expired token is answered 401 at once.
 */
@RequiredArgsConstructor
class ApiTokenFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final ApiTokens tokens;

	private final AuthenticationEntryPoint entryPoint;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			chain.doFilter(request, response);
			return;
		}
		Optional<AccountPrincipal> principal;
		try {
			principal = this.tokens.authenticate(header.substring(PREFIX.length()).trim());
		}
		catch (RuntimeException ex) {
			if (!DatabaseDown.isCause(ex)) {
				throw ex;
			}
			SecurityContextHolder.clearContext();
			this.entryPoint.commence(request, response,
					new InternalAuthenticationServiceException("Token store unavailable", ex));
			return;
		}
		if (principal.isEmpty()) {
			SecurityContextHolder.clearContext();
			this.entryPoint.commence(request, response, new BadCredentialsException("Invalid API token"));
			return;
		}
		AccountPrincipal p = principal.get();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}

}
