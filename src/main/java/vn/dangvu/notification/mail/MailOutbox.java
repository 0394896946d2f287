package vn.dangvu.notification.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import vn.dangvu.platform.text.Messages;
import vn.dangvu.platform.text.VietnameseText;

/**
 * Queues the e-mails of a notice, in the notice's transaction: one row per recipient with
 * an address, the whole text as it will be sent (so the outbox shows exactly what left).
 * In demo mode the rows are kept as {@link MailStatus#DEMO}; otherwise they are
 * {@link MailStatus#QUEUED} and go out after the commit. Public only for
 * {@code notification.notice}.
 */
@Component
public class MailOutbox {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final JdbcClient jdbc;

	private final MailServer server;

	private final Messages messages;

	private final ApplicationEventPublisher events;

	private final String baseUrl;

	MailOutbox(JdbcClient jdbc, MailServer server, Messages messages, ApplicationEventPublisher events,
			@Value("${dangvu.mail.base-url:}") String baseUrl) {
		this.jdbc = jdbc;
		this.server = server;
		this.messages = messages;
		this.events = events;
		this.baseUrl = StringUtils.hasText(baseUrl) ? baseUrl.strip().replaceAll("/+$", "") : "";
	}

	/**
	 * Queues one mail per addressee with an address.
	 * @return the number of mails queued
	 */
	public int enqueue(long noticeId, String subject, String body, String link, List<Addressee> addressees,
			Instant now) {
		MailStatus status = (this.server.current().mode() == MailServer.Mode.DEMO) ? MailStatus.DEMO
				: MailStatus.QUEUED;
		int queued = 0;
		for (Addressee a : addressees) {
			if (!a.hasAddress()) {
				continue;
			}
			String email = a.email().strip();
			this.jdbc.sql("""
					insert into mail_outbox (notice_id, person_id, recipient, recipient_name, subject, body, status,
					                         next_attempt_at, created_at, search_text)
					values (:notice, :person, :email, :name, :subject, :body, :status, :now, :now, :search)""")
				.param("notice", noticeId)
				.param("person", a.personId())
				.param("email", email)
				.param("name", a.name())
				.param("subject", subject)
				.param("body", text(a.name(), body, link))
				.param("status", status.name())
				.param("now", Timestamp.from(now))
				.param("search", VietnameseText.fold(a.name() + " " + email + " " + subject))
				.update();
			queued++;
		}
		if (queued > 0 && status == MailStatus.QUEUED) {
			this.events.publishEvent(new MailQueued(noticeId));
		}
		return queued;
	}

	/** The mail's whole text: a greeting, the notice, its link, a signature. */
	String text(String name, String body, String link) {
		StringBuilder text = new StringBuilder();
		text.append(this.messages.text(VIETNAMESE, "notification.mail.greeting", name)).append("\n\n");
		text.append(body.strip()).append("\n\n");
		if (link != null && !this.baseUrl.isEmpty()) {
			text.append(this.messages.text(VIETNAMESE, "notification.mail.link", this.baseUrl + link)).append("\n\n");
		}
		text.append("-- \n").append(this.messages.text(VIETNAMESE, "notification.mail.signature")).append('\n');
		return text.toString();
	}

}
