package vn.dangvu.identity.account;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** One account in the administrator's list or detail page. */
record AccountRow(long id, String username, String displayName, Long personId, String personName, boolean enabled,
		Instant lockedUntil, int failedAttempts, Instant lastLoginAt, Instant createdAt, List<GrantView> grants) {

	/** A grant with the name of its unit, for display. */
	public record GrantView(String role, Long unitId, String unitName) {

	}

	/** A moment as local time in Vietnam, for display. */
	public LocalDateTime local(Instant instant) {
		return (instant != null) ? LocalDateTime.ofInstant(instant, ZoneId.of("Asia/Ho_Chi_Minh")) : null;
	}

	public boolean isLocked() {
		return this.lockedUntil != null && this.lockedUntil.isAfter(Instant.now());
	}

	public boolean isAdmin() {
		return this.grants.stream().anyMatch((g) -> "ADMIN".equals(g.role()));
	}

}
