package vn.dangvu.identity;

import java.util.List;

/** An account as other modules see it: no password, no lock state. */
public record AccountSummary(long id, String username, String displayName, Long personId, boolean enabled,
		List<Grant> grants) {

	public AccountSummary {
		grants = List.copyOf(grants);
	}

}
