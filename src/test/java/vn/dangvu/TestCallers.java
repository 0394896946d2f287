package vn.dangvu;

import java.util.List;
import java.util.Set;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.HasCaller;
import vn.dangvu.platform.security.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Callers for tests: an authentication whose principal carries a {@link Caller}. */
public final class TestCallers {

	private TestCallers() {
	}

	public record Principal(Caller caller) implements HasCaller {

		@Override
		public String toString() {
			return this.caller.username();
		}

	}

	public static Caller admin() {
		return new Caller(1, "admin", "Quản trị", Set.of(Role.ADMIN), Set.of(), null);
	}

	public static Caller withRole(Role role, long unitId) {
		return new Caller(100 + unitId, role.name().toLowerCase() + unitId, role.name(), Set.of(role), Set.of(unitId),
				null);
	}

	/**
	 * The secretary of a cell (or any unit) a test made for itself, e.g. with
	 * {@code OrganisationFixtures.cell(...)}: scoped to that unit only.
	 */
	public static Caller secretaryOf(long cellId) {
		return withRole(Role.CELL_SECRETARY, cellId);
	}

	/** The committee office of a committee a test made for itself. */
	public static Caller officeOf(long committeeId) {
		return withRole(Role.COMMITTEE_OFFICE, committeeId);
	}

	public static Caller member(long personId) {
		return new Caller(900_000 + personId, "member" + personId, "Member", Set.of(Role.MEMBER), Set.of(), personId);
	}

	public static Authentication authenticationOf(Caller caller) {
		List<SimpleGrantedAuthority> authorities = caller.roles()
			.stream()
			.map((r) -> new SimpleGrantedAuthority(r.authority()))
			.toList();
		return UsernamePasswordAuthenticationToken.authenticated(new Principal(caller), null, authorities);
	}

	/** For MockMvc requests. */
	public static RequestPostProcessor as(Caller caller) {
		return authentication(authenticationOf(caller));
	}

	/** For service calls in a test thread; pair with {@link #clear()}. */
	public static void runAs(Caller caller) {
		SecurityContextHolder.getContext().setAuthentication(authenticationOf(caller));
	}

	public static void clear() {
		SecurityContextHolder.clearContext();
	}

}
