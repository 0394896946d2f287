package vn.dangvu.platform.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.springframework.session.Session;

/**
 * A stored session as a request sees it, whose last access is written back only when it
 * moved by at least {@code touchEvery} since the stored value (decision 0278). Every
 * other change (attributes, a new id, the timeout) goes to the stored session as before,
 * so it is saved at the end of the request as before.
 */
final class KeptSession implements Session {

	private final Session stored;

	private final Duration touchEvery;

	KeptSession(Session stored, Duration touchEvery) {
		this.stored = stored;
		this.touchEvery = touchEvery;
	}

	/** The session the repository loaded, to save. */
	Session stored() {
		return this.stored;
	}

	@Override
	public void setLastAccessedTime(Instant lastAccessedTime) {
		if (!lastAccessedTime.isBefore(this.stored.getLastAccessedTime().plus(this.touchEvery))) {
			this.stored.setLastAccessedTime(lastAccessedTime);
		}
	}

	@Override
	public Instant getLastAccessedTime() {
		return this.stored.getLastAccessedTime();
	}

	@Override
	public String getId() {
		return this.stored.getId();
	}

	@Override
	public String changeSessionId() {
		return this.stored.changeSessionId();
	}

	@Override
	public <T> T getAttribute(String attributeName) {
		return this.stored.getAttribute(attributeName);
	}

	@Override
	public Set<String> getAttributeNames() {
		return this.stored.getAttributeNames();
	}

	@Override
	public void setAttribute(String attributeName, Object attributeValue) {
		this.stored.setAttribute(attributeName, attributeValue);
	}

	@Override
	public void removeAttribute(String attributeName) {
		this.stored.removeAttribute(attributeName);
	}

	@Override
	public Instant getCreationTime() {
		return this.stored.getCreationTime();
	}

	@Override
	public void setMaxInactiveInterval(Duration interval) {
		this.stored.setMaxInactiveInterval(interval);
	}

	@Override
	public Duration getMaxInactiveInterval() {
		return this.stored.getMaxInactiveInterval();
	}

	@Override
	public boolean isExpired() {
		return this.stored.isExpired();
	}

}
