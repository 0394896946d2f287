package vn.dangvu.notification.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dangvu.platform.audit.RecordChanged;

/**
 * Sends the queued mails that are due, never inside a caller's transaction (decision
 * 0240): a short transaction claims a batch ({@code for update skip locked}, so two nodes
 * never take the same row) and pushes its next attempt ahead; each mail then goes to the
 * SMTP server; another short transaction records SENT, or the error with a retry after
 * {@code retry-base × 2^(attempts−1)}, or FAILED after the last attempt (at once for an
 * address the server can never take). At least once: a node that dies between the
 * server's answer and the record sends that mail again.
 */
@Component
class MailSending {

	private static final Logger log = LoggerFactory.getLogger(MailSending.class);

	private static final int BATCH = 20;

	private static final int ERROR_LENGTH = 500;

	/** How long a claimed mail is left to its sender before another may take it. */
	private static final Duration LEASE = Duration.ofMinutes(10);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final MailServer server;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MeterRegistry meters;

	private final int maxAttempts;

	private final Duration retryBase;

	MailSending(JdbcClient jdbc, TransactionTemplate transactions, MailServer server, ApplicationEventPublisher events,
			Clock clock, MeterRegistry meters, @Value("${dangvu.mail.max-attempts:5}") int maxAttempts,
			@Value("${dangvu.mail.retry-base:PT1M}") Duration retryBase) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.server = server;
		this.events = events;
		this.clock = clock;
		this.meters = meters;
		this.maxAttempts = Math.max(1, maxAttempts);
		this.retryBase = retryBase;
	}

	int maxAttempts() {
		return this.maxAttempts;
	}

	/** Sends every mail that is due, to the server in use. @return the mails sent */
	int sendDue() {
		return send(this.server.current(), null);
	}

	/**
	 * Sends the due mails (of one notice, or all when {@code noticeId} is null) through a
	 * delivery; nothing unless it is an SMTP server. @return the mails sent
	 */
	int send(MailServer.Delivery delivery, Long noticeId) {
		if (delivery.mode() != MailServer.Mode.SMTP) {
			return 0;
		}
		int sent = 0;
		List<Claimed> batch = claim(noticeId);
		while (!batch.isEmpty()) {
			for (Claimed mail : batch) {
				sent += deliver(delivery, mail) ? 1 : 0;
			}
			batch = claim(noticeId);
		}
		return sent;
	}

	private boolean deliver(MailServer.Delivery delivery, Claimed mail) {
		try {
			delivery.sender().send(message(delivery, mail));
			this.transactions.executeWithoutResult((s) -> sent(mail));
			this.meters.counter("dangvu.mail.sent", "outcome", "sent").increment();
			return true;
		}
		catch (MailException | MessagingException | java.io.UnsupportedEncodingException ex) {
			boolean permanent = ex instanceof MailParseException || ex instanceof MailPreparationException
					|| ex instanceof MessagingException || ex instanceof java.io.UnsupportedEncodingException;
			log.warn("Mail {} to {} failed (attempt {}): {}", mail.id(), mail.recipient(), mail.attempts(),
					ex.toString());
			this.transactions.executeWithoutResult((s) -> failed(mail, ex, permanent));
			this.meters.counter("dangvu.mail.sent", "outcome", "failed").increment();
			return false;
		}
	}

	private MimeMessage message(MailServer.Delivery delivery, Claimed mail)
			throws MessagingException, java.io.UnsupportedEncodingException {
		MimeMessage message = delivery.sender().createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
		InternetAddress[] from = InternetAddress.parse(delivery.from(), true);
		if (from.length != 1) {
			throw new MailPreparationException("DANGVU_MAIL_FROM must be one address: " + delivery.from());
		}
		if (from[0].getPersonal() == null) {
			from[0].setPersonal("Đảng vụ", "UTF-8");
		}
		helper.setFrom(from[0]);
		helper.setTo(new InternetAddress(mail.recipient(), mail.name(), "UTF-8"));
		helper.setSubject(mail.subject());
		helper.setText(mail.body(), false);
		helper.setSentDate(Date.from(this.clock.instant()));
		message.setHeader("Auto-Submitted", "auto-generated");
		return message;
	}

	private List<Claimed> claim(Long noticeId) {
		Instant now = this.clock.instant();
		return this.transactions.execute((s) -> this.jdbc
			.sql("""
					update mail_outbox m set attempts = m.attempts + 1, next_attempt_at = :lease
					where m.id in (select id from mail_outbox
					               where status = 'QUEUED' and next_attempt_at <= :now %s
					               order by next_attempt_at, id limit :batch for update skip locked)
					returning m.id, m.recipient, m.recipient_name, m.subject, m.body, m.attempts,
					          (select n.unit_id from notice n where n.id = m.notice_id)"""
				.formatted((noticeId != null) ? "and notice_id = :notice" : ""))
			.param("lease", Timestamp.from(now.plus(LEASE)))
			.param("now", Timestamp.from(now))
			.param("batch", BATCH)
			.params((noticeId != null) ? Map.of("notice", noticeId) : Map.of())
			.query((rs, n) -> new Claimed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getInt(6), (Long) rs.getObject(7)))
			.list());
	}

	private void sent(Claimed mail) {
		Instant now = this.clock.instant();
		this.jdbc.sql(
				"update mail_outbox set status = 'SENT', sent_at = :now, last_error = null, last_failure = null where id = :id")
			.param("now", Timestamp.from(now))
			.param("id", mail.id())
			.update();
		this.events.publishEvent(RecordChanged.updated("MailOutbox", mail.id(), "SEND", mail.unitId(),
				Map.of("status", MailStatus.QUEUED.name()),
				Map.of("status", MailStatus.SENT.name(), "attempts", mail.attempts())));
	}

	private void failed(Claimed mail, Exception ex, boolean permanent) {
		boolean last = permanent || mail.attempts() >= this.maxAttempts;
		MailStatus status = last ? MailStatus.FAILED : MailStatus.QUEUED;
		String error = error(ex);
		this.jdbc.sql("""
				update mail_outbox set status = :status, last_error = :error, last_failure = :failure,
				       next_attempt_at = :next
				where id = :id""")
			.param("status", status.name())
			.param("error", error)
			.param("failure", MailFailure.of(ex).name())
			.param("next", Timestamp.from(this.clock.instant().plus(backoff(mail.attempts()))))
			.param("id", mail.id())
			.update();
		this.events.publishEvent(RecordChanged.updated("MailOutbox", mail.id(), last ? "FAIL" : "RETRY", mail.unitId(),
				Map.of("status", MailStatus.QUEUED.name()), Map.of("status", status.name(), "attempts", mail.attempts(),
						"failure", MailFailure.of(ex).name(), "error", error)));
	}

	/** The wait after a failed attempt: the base, doubled for each attempt before. */
	Duration backoff(int attempts) {
		return this.retryBase.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 16));
	}

	private static String error(Exception ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String text = ex.getClass().getSimpleName() + ": " + ex.getMessage()
				+ ((cause != ex) ? " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")" : "");
		return (text.length() > ERROR_LENGTH) ? text.substring(0, ERROR_LENGTH) : text;
	}

	private record Claimed(long id, String recipient, String name, String subject, String body, int attempts,
			Long unitId) {
	}

}
