package vn.dangvu.membership.log;

import java.util.Map;

import org.springframework.security.access.AccessDeniedException;

import vn.dangvu.organisation.UnitScope;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

/** The SQL scope condition on {@code org_unit u} and who may write membership records. */
public final class Scoped {

	private Scoped() {
	}

	public static final String CONDITION = "(:all or u.path like any(:patterns))";

	public static Map<String, Object> params(UnitScope scope) {
		return Map.of("all", scope.all(), "patterns", scope.patterns());
	}

	/** Administrators, committee offices and cell secretaries record membership steps. */
	public static boolean canRecord(Caller caller) {
		return caller.hasAny(Role.ADMIN, Role.COMMITTEE_OFFICE, Role.CELL_SECRETARY);
	}

	public static void requireRecorder(Caller caller) {
		if (!canRecord(caller)) {
			throw new AccessDeniedException("membership records");
		}
	}

}
