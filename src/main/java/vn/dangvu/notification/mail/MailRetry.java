package vn.dangvu.notification.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.NotFoundException;

/**
 * An administrator sends again the mails that failed for good (decision 0240): the mail
 * goes back to the queue with its attempts counted from zero, addressed to the person's
 * address as the person's record has it now (the usual fix of a refused recipient is to
 * correct the record), and is sent as soon as the change commits. A mail not failed
 * (sent, queued, already sent again by a click before) is left alone: two clicks queue it
 * once.
 */
@Component
@RequiredArgsConstructor
class MailRetry {

	private static final String AGAIN = """
			update mail_outbox m
			set status = 'QUEUED', attempts = 0, next_attempt_at = :now,
			    recipient = coalesce((select nullif(btrim(p.email), '') from person_ref p where p.id = m.person_id),
			                         m.recipient)
			where m.status = 'FAILED' and %s
			returning m.id, m.notice_id, m.recipient, (select n.unit_id from notice n where n.id = m.notice_id)""";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private record Again(long id, long noticeId, String recipient, Long unitId) {

	}

	/**
	 * Sends one failed mail again. @return false when it is not failed (any more): sent,
	 * queued, or sent again by a click before; a 404 when there is no such mail
	 */
	@Transactional
	boolean one(long id) {
		if (!queue("m.id = :id", Map.of("id", id)).isEmpty()) {
			return true;
		}
		if (this.jdbc.sql("select count(*) from mail_outbox where id = :id")
			.param("id", id)
			.query(Long.class)
			.single() == 0) {
			throw new NotFoundException("error.notFound.mail", id);
		}
		return false;
	}

	/** Sends every failed mail again. @return how many */
	@Transactional
	int all() {
		return queue("true", Map.of()).size();
	}

	private List<Again> queue(String which, Map<String, Object> params) {
		List<Again> again = this.jdbc.sql(AGAIN.formatted(which))
			.param("now", Timestamp.from(this.clock.instant()))
			.params(params)
			.query((rs, n) -> new Again(rs.getLong(1), rs.getLong(2), rs.getString(3), (Long) rs.getObject(4)))
			.list();
		Set<Long> notices = new LinkedHashSet<>();
		for (Again a : again) {
			notices.add(a.noticeId());
			this.events.publishEvent(RecordChanged.updated("MailOutbox", a.id(), "SEND_AGAIN", a.unitId(),
					Map.of("status", MailStatus.FAILED.name()),
					Map.of("status", MailStatus.QUEUED.name(), "recipient", a.recipient())));
		}
		notices.forEach((notice) -> this.events.publishEvent(new MailQueued(notice)));
		return again;
	}

}
