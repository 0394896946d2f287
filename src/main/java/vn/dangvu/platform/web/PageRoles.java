package vn.dangvu.platform.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The roles of the signed-in person for the layout's menu
 * ({@code ${@pageRoles.any('ADMIN', 'COMMITTEE_OFFICE')}}): what
 * {@code sec:authorize="hasAnyRole(…)"} answers, without building a security expression
 * context for each menu item of every page (issue 8).
 */
@Component("pageRoles")
public class PageRoles {

	/** True when the person holds at least one of the roles (names without ROLE_). */
	public boolean any(String... roles) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return false;
		}
		for (GrantedAuthority granted : authentication.getAuthorities()) {
			for (String role : roles) {
				if (("ROLE_" + role).equals(granted.getAuthority())) {
					return true;
				}
			}
		}
		return false;
	}

}
