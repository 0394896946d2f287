package vn.dangvu.notification.notice;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.notification.Notice;
import vn.dangvu.notification.SentNotice;
import vn.dangvu.notification.mail.Addressee;
import vn.dangvu.notification.mail.MailOutbox;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;

/**
 * Sends notices and marks them read. Every write publishes {@link RecordChanged}. Public
 * only for the module's face.
 */
@Service
@RequiredArgsConstructor
public class NoticeService {

	private static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

	/** An application path: one slash, then no scheme, host or backslash. */
	private static final Pattern LINK = Pattern.compile("/(?![/\\\\])[^\\s\\\\]{0,299}");

	private static final int MAX_RECIPIENTS = 10_000;

	private final JdbcClient jdbc;

	private final MailOutbox outbox;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** See {@link vn.dangvu.notification.NotificationApi#send(Notice)}. */
	@Transactional
	public SentNotice send(Notice notice) {
		check(notice);
		Long[] ids = notice.recipients().stream().sorted().toArray(Long[]::new);
		List<Addressee> persons = this.jdbc
			.sql("select id, full_name, email from person_ref where id = any(:ids) order by id")
			.param("ids", ids)
			.query((rs, n) -> new Addressee(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
		if (persons.size() != ids.length) {
			List<Long> known = persons.stream().map(Addressee::personId).toList();
			Long unknown = notice.recipients().stream().filter((id) -> !known.contains(id)).findFirst().orElseThrow();
			throw RuleViolationException.onField("recipients", "notification.notice.unknownPerson", unknown);
		}
		Instant now = this.clock.instant();
		long id = this.jdbc.sql("""
				insert into notice (kind, reference, unit_id, subject, body, link, created_at, created_by)
				values (:kind, :reference, :unit, :subject, :body, :link, :now, :by) returning id""")
			.param("kind", notice.kind())
			.param("reference", notice.reference().strip())
			.param("unit", notice.unitId())
			.param("subject", notice.subject().strip())
			.param("body", notice.body().strip())
			.param("link", notice.link())
			.param("now", Timestamp.from(now))
			.param("by", cut(CurrentCaller.actorName(), 60))
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into notice_recipient (notice_id, person_id) select :id, unnest(:ids)")
			.param("id", id)
			.param("ids", ids)
			.update();
		int mails = this.outbox.enqueue(id, notice.subject().strip(), notice.body().strip(), notice.link(), persons,
				now);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("kind", notice.kind());
		after.put("reference", notice.reference().strip());
		after.put("subject", notice.subject().strip());
		after.put("recipients", ids.length);
		after.put("mails", mails);
		this.events.publishEvent(RecordChanged.created("Notice", id, notice.unitId(), after));
		return new SentNotice(id, ids.length, mails);
	}

	/** See {@link vn.dangvu.notification.NotificationApi#markRead(long, Caller)}. */
	@Transactional
	public void markRead(long noticeId, Caller caller) {
		Long person = caller.personId();
		if (person == null) {
			throw NotFoundException.of("notice", noticeId);
		}
		Instant now = this.clock.instant();
		List<Long> units = this.jdbc.sql("""
				update notice_recipient r set read_at = :now from notice n
				where n.id = r.notice_id and r.notice_id = :id and r.person_id = :person and r.read_at is null
				returning n.unit_id""")
			.param("now", Timestamp.from(now))
			.param("id", noticeId)
			.param("person", person)
			.query((rs, n) -> (Long) rs.getObject(1))
			.list();
		if (units.isEmpty()) {
			boolean addressed = this.jdbc
				.sql("select count(*) from notice_recipient where notice_id = :id and person_id = :person")
				.param("id", noticeId)
				.param("person", person)
				.query(Long.class)
				.single() > 0;
			if (!addressed) {
				throw NotFoundException.of("notice", noticeId);
			}
			return;
		}
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("readAt", null);
		this.events.publishEvent(RecordChanged.updated("NoticeRecipient", noticeId + ":" + person, "READ", units.get(0),
				before, Map.of("readAt", now.toString())));
	}

	/** Marks every unread notice of the caller read. @return how many */
	@Transactional
	public int markAllRead(Caller caller) {
		Long person = caller.personId();
		if (person == null) {
			return 0;
		}
		Instant now = this.clock.instant();
		int count = this.jdbc
			.sql("update notice_recipient set read_at = :now where person_id = :person and read_at is null")
			.param("now", Timestamp.from(now))
			.param("person", person)
			.update();
		if (count > 0) {
			this.events.publishEvent(RecordChanged.updated("NoticeRecipient", person, "READ_ALL", null, Map.of(),
					Map.of("notices", count, "readAt", now.toString())));
		}
		return count;
	}

	private static void check(Notice notice) {
		if (notice.recipients().isEmpty() || notice.recipients().size() > MAX_RECIPIENTS) {
			throw RuleViolationException.onField("recipients", "notification.notice.recipients", MAX_RECIPIENTS);
		}
		text("subject", notice.subject(), 200);
		text("body", notice.body(), 100_000);
		text("reference", notice.reference(), 100);
		if (notice.kind() == null || !KIND.matcher(notice.kind()).matches()) {
			throw RuleViolationException.onField("kind", "notification.notice.kind");
		}
		if (notice.link() != null && !LINK.matcher(notice.link()).matches()) {
			throw RuleViolationException.onField("link", "notification.notice.link");
		}
	}

	private static void text(String field, String value, int max) {
		if (value == null || value.isBlank() || value.strip().length() > max) {
			throw RuleViolationException.onField(field, "notification.notice." + field, max);
		}
	}

	private static String cut(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max);
	}

}
