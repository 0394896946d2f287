package vn.dangvu.notification;

import java.time.OffsetDateTime;

/**
 * How a notice reached one of its recipients, for the sending module's own pages (who was
 * invited, who got the mail, who read it).
 *
 * @param mail where its e-mail stands ({@link Mail#NONE}: the person has no address)
 * @param mailedAt when the mail server took it (null unless {@link Mail#SENT})
 * @param readAt when the person marked the notice read in the application (null: not yet)
 */
public record NoticeDelivery(long personId, Mail mail, OffsetDateTime mailedAt, OffsetDateTime readAt) {

	public boolean read() {
		return this.readAt != null;
	}

	/** The state of a recipient's e-mail. */
	public enum Mail {

		/** No address: the notice is in the application only. */
		NONE,
		/** Waiting for the mail server or for its next attempt. */
		QUEUED,
		/** Taken by the mail server. */
		SENT,
		/** Given up after its attempts. */
		FAILED,
		/** Demo mode: kept in the outbox, never sent. */
		DEMO

	}

}
