package vn.dangvu.notification;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import vn.dangvu.platform.time.VietnamTime;

/**
 * One notice as its recipient sees it.
 *
 * @param readAt when the recipient marked it read (null: unread)
 */
public record NoticeView(long id, String kind, String reference, String subject, String body, String link,
		OffsetDateTime sentAt, OffsetDateTime readAt) {

	public boolean read() {
		return this.readAt != null;
	}

	/** When it was sent, on Vietnam's clock. */
	public LocalDateTime sentLocal() {
		return this.sentAt.atZoneSameInstant(VietnamTime.ZONE).toLocalDateTime();
	}

}
