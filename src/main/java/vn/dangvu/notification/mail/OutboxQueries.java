package vn.dangvu.notification.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.table.TableColumn;
import vn.dangvu.platform.table.TableRequest;
import vn.dangvu.platform.table.TableSpec;
import vn.dangvu.platform.text.VietnameseText;
import vn.dangvu.platform.time.VietnamTime;

/** The outbox as the administrator reads it: every mail, newest first. */
@Service
@RequiredArgsConstructor
class OutboxQueries {

	static final TableSpec<Mail> TABLE = TableSpec.of("hop-thu-di", "outbox.title", "createdAt", false,
			TableColumn.<Mail>of("createdAt", "outbox.col.createdAt", (m) -> m.createdLocal().toLocalDate())
				.sql("m.created_at"),
			TableColumn.<Mail>of("recipient", "outbox.col.recipient", Mail::name)
				.sql("m.recipient_name collate vietnamese"),
			TableColumn.<Mail>fixed("email", "outbox.col.email", Mail::recipient),
			TableColumn.<Mail>of("subject", "outbox.col.subject", Mail::subject).sql("m.subject collate vietnamese"),
			TableColumn.<Mail>of("status", "outbox.col.status", (m) -> new TableColumn.Text(m.status().labelKey()))
				.sql("m.status"),
			TableColumn.<Mail>of("attempts", "outbox.col.attempts", Mail::attempts).sql("m.attempts"));

	private static final String COLUMNS = """
			select m.id, m.notice_id, m.recipient, m.recipient_name, m.subject, m.body, m.status, m.attempts,
			       m.created_at, m.sent_at, m.last_error, m.next_attempt_at, m.last_failure
			from mail_outbox m""";

	private final JdbcClient jdbc;

	/** One page of the mails matching a search (recipient or subject) and a status. */
	@Transactional(readOnly = true)
	Table page(String q, MailStatus status, TableRequest request) {
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder where = new StringBuilder(" where true");
		String folded = (q == null) ? "" : VietnameseText.fold(q).strip();
		if (!folded.isEmpty()) {
			where.append(" and m.search_text like :q escape '\\'");
			params.put("q", VietnameseText.likeContains(folded));
		}
		if (status != null) {
			where.append(" and m.status = :status");
			params.put("status", status.name());
		}
		long total = this.jdbc.sql("select count(*) from mail_outbox m" + where)
			.params(params)
			.query(Long.class)
			.single();
		TableRequest clamped = TABLE.clamp(request, total);
		List<Mail> rows = this.jdbc
			.sql(COLUMNS + where + TABLE.orderBy(clamped, "m.created_at desc, m.id desc")
					+ " limit :limit offset :offset")
			.params(params)
			.param("limit", clamped.size())
			.param("offset", clamped.offset())
			.query(OutboxQueries::mail)
			.list();
		return new Table(rows, total, clamped);
	}

	@Transactional(readOnly = true)
	Mail one(long id) {
		return this.jdbc.sql(COLUMNS + " where m.id = :id")
			.param("id", id)
			.query(OutboxQueries::mail)
			.optional()
			.orElseThrow(() -> NotFoundException.of("mail", id));
	}

	/** How many mails stand in each status. */
	@Transactional(readOnly = true)
	Map<MailStatus, Long> counts() {
		Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
		for (MailStatus s : MailStatus.values()) {
			counts.put(s, 0L);
		}
		this.jdbc.sql("select status, count(*) from mail_outbox group by status")
			.query((rs, n) -> counts.put(MailStatus.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

	private static Mail mail(ResultSet rs, int row) throws SQLException {
		return new Mail(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), MailStatus.valueOf(rs.getString(7)), rs.getInt(8),
				rs.getObject(9, OffsetDateTime.class), rs.getObject(10, OffsetDateTime.class), rs.getString(11),
				rs.getObject(12, OffsetDateTime.class),
				(rs.getString(13) != null) ? MailFailure.valueOf(rs.getString(13)) : null);
	}

	/** One mail of the outbox, its whole text included. */
	record Mail(long id, long noticeId, String recipient, String name, String subject, String body, MailStatus status,
			int attempts, OffsetDateTime createdAt, OffsetDateTime sentAt, String lastError,
			OffsetDateTime nextAttemptAt, MailFailure failure) {

		public LocalDateTime createdLocal() {
			return local(this.createdAt);
		}

		public LocalDateTime sentLocal() {
			return local(this.sentAt);
		}

		public LocalDateTime nextAttemptLocal() {
			return (this.status == MailStatus.QUEUED) ? local(this.nextAttemptAt) : null;
		}

		public LocalDate createdOn() {
			return createdLocal().toLocalDate();
		}

		private static LocalDateTime local(OffsetDateTime time) {
			return (time != null) ? time.atZoneSameInstant(VietnamTime.ZONE).toLocalDateTime() : null;
		}

	}

	record Table(List<Mail> rows, long total, TableRequest request) {
	}

}
