package vn.dangvu.membership.log;

import org.springframework.security.access.AccessDeniedException;

import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

/** Who may write membership records. */
public final class Scoped {

	private Scoped() {
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
