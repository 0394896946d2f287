package vn.dangvu.notification;

import java.util.Set;

/**
 * A notice a module sends to persons through {@link NotificationApi#send(Notice)}: it
 * shows under each recipient's bell and, for each recipient with an e-mail address in
 * {@code person_ref}, goes out as a mail after the sender's transaction commits (decision
 * 0240).
 *
 * @param recipients the persons it is addressed to (ids of {@code person_ref}, at least
 * one)
 * @param subject the subject line (plain text, at most 200 characters)
 * @param body the text (plain, Vietnamese, line breaks kept)
 * @param link where to act on it in the application, a path such as {@code /meetings/12}
 * (may be null)
 * @param kind the sending module's kind of notice, e.g. {@code MEETING_NOTICE} (upper
 * case letters, digits and underscores)
 * @param reference what it is about in the sending module's terms, e.g.
 * {@code meeting:12}
 * @param unitId the unit it belongs to, for scoping the audit and the outbox (may be
 * null)
 */
public record Notice(Set<Long> recipients, String subject, String body, String link, String kind, String reference,
		Long unitId) {

	public Notice {
		recipients = (recipients == null) ? Set.of() : Set.copyOf(recipients);
	}

}
