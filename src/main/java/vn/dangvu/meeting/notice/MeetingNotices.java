package vn.dangvu.meeting.notice;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.meeting.MeetingView;
import vn.dangvu.meeting.access.MeetingAccess;
import vn.dangvu.meeting.access.MeetingAccess.Head;
import vn.dangvu.meeting.plan.MeetingQueries;
import vn.dangvu.meeting.record.MeetingRecords;
import vn.dangvu.notification.Notice;
import vn.dangvu.notification.NotificationApi;
import vn.dangvu.notification.SentNotice;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.ConflictException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.time.VietnamTime;

/**
 * The notice of a planned meeting to every member expected that day (decision 0225):
 * under their bell and, through the notification module's outbox, by e-mail; with the
 * day, time, place, topic and the documents to read before it. Sent again after a move,
 * it tells the new day.
 */
@Service
@RequiredArgsConstructor
public class MeetingNotices {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter SENT_AT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	private final JdbcClient jdbc;

	private final MeetingAccess access;

	private final MeetingQueries queries;

	private final MeetingRecords records;

	private final NotificationApi notifications;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	@Transactional
	public SentNotice notify(long meetingId, Caller caller) {
		Head head = this.access.meetingToWrite(meetingId, caller);
		if (!"PLANNED".equals(head.state())) {
			throw RuleViolationException.onField("state", "meeting.notice.notPlanned");
		}
		if (head.meetsOn().isBefore(VietnamTime.today(this.clock))) {
			throw RuleViolationException.onField("meetsOn", "meeting.notice.past");
		}
		// one writer per meeting: the second of two clicks waits here, then finds the
		// notice sent
		Map<String, Object> last = this.jdbc
			.sql("select version, notified_version, notified_at from meeting where id = :id for update")
			.param("id", meetingId)
			.query()
			.singleRow();
		if (last.get("notified_version") != null && last.get("notified_version").equals(last.get("version"))) {
			throw new ConflictException("state", "meeting.notice.already",
					((Timestamp) last.get("notified_at")).toInstant().atZone(VietnamTime.ZONE).format(SENT_AT));
		}
		Set<Long> recipients = new LinkedHashSet<>();
		this.records.expected(head).forEach((e) -> recipients.add(e.personId()));
		if (recipients.isEmpty()) {
			throw RuleViolationException.onField("state", "meeting.notice.nobody");
		}
		MeetingView m = this.queries.read(head, caller);
		SentNotice sent = this.notifications.send(new Notice(recipients, subject(m), body(m), "/meetings/" + m.id(),
				"MEETING_NOTICE", "meeting:" + m.id(), m.unitId()));
		this.jdbc
			.sql("update meeting set notified_at = :at, notified_count = :n, notified_version = version where id = :id")
			.param("at", Timestamp.from(this.clock.instant()))
			.param("n", sent.recipients())
			.param("id", meetingId)
			.update();
		this.events.publishEvent(RecordChanged.updated("Meeting", meetingId, "NOTIFY", m.unitId(), Map.of(),
				Map.of("notice", sent.noticeId(), "recipients", sent.recipients(), "mails", sent.mails())));
		return sent;
	}

	static String subject(MeetingView m) {
		return "Giấy mời sinh hoạt chi bộ %s ngày %s".formatted(m.unitName(), m.meetsOn().format(DAY));
	}

	static String body(MeetingView m) {
		StringBuilder b = new StringBuilder();
		b.append("Kính gửi các đồng chí đảng viên ").append(m.unitName()).append(",\n\n");
		b.append("Chi ủy mời đồng chí dự buổi sinh hoạt ")
			.append(m.kind().name().equals("THEMATIC") ? "chuyên đề" : "thường kỳ")
			.append(":\n");
		b.append("- Thời gian: ")
			.append(m.startsAt().format(TIME))
			.append(", ngày ")
			.append(m.meetsOn().format(DAY))
			.append('\n');
		b.append("- Địa điểm: ").append((m.place() == null) ? "sẽ thông báo sau" : m.place()).append('\n');
		b.append("- Nội dung: ").append(m.topic()).append('\n');
		if (!m.documents().isEmpty()) {
			b.append("\nVăn bản cần đọc trước buổi sinh hoạt:\n");
			for (MeetingView.DocumentRef d : m.documents()) {
				if (d.citation() != null) {
					b.append("- ").append(d.citation()).append(": ").append(d.summary()).append('\n');
				}
			}
		}
		b.append("\nĐề nghị đồng chí dự họp đầy đủ, đúng giờ; nếu vắng mặt, báo lý do với bí thư chi bộ.");
		return b.toString();
	}

}
