package vn.dangvu.notification.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.notification.NoticeDelivery;
import vn.dangvu.notification.NoticeInbox;
import vn.dangvu.notification.NoticeView;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.table.TableColumn;
import vn.dangvu.platform.table.TableRequest;
import vn.dangvu.platform.table.TableSpec;

/**
 * A person's own notices: only those addressed to the caller's person id, nobody else's.
 * Public only for the module's face.
 */
@Service
@RequiredArgsConstructor
public class NoticeQueries {

	/** The caller's notices as a list (decision 0186), newest first. */
	static final TableSpec<NoticeView> TABLE = TableSpec.of("thong-bao", "notice.title", "sentAt", false,
			TableColumn.<NoticeView>of("sentAt", "notice.col.sentAt", (n) -> n.sentLocal().toLocalDate())
				.sql("n.created_at"),
			TableColumn.<NoticeView>of("subject", "notice.col.subject", NoticeView::subject)
				.sql("n.subject collate vietnamese"),
			TableColumn.<NoticeView>fixed("body", "notice.col.body", NoticeView::body),
			TableColumn
				.<NoticeView>of("read", "notice.col.read",
						(n) -> new TableColumn.Text(n.read() ? "notice.read" : "notice.unread"))
				.sql("r.read_at is not null"));

	private static final String SELECT = """
			select n.id, n.kind, n.reference, n.subject, n.body, n.link, n.created_at, r.read_at
			from notice_recipient r join notice n on n.id = r.notice_id
			where r.person_id = :person""";

	private final JdbcClient jdbc;

	/** See {@link vn.dangvu.notification.NotificationApi#noticesFor}. */
	@Transactional(readOnly = true)
	public NoticeInbox inboxOf(Caller caller, int page, int size) {
		int rows = Math.min(Math.max(size, 1), 500);
		int from = Math.max(page, 0);
		TableRequest request = TABLE.request(String.valueOf(from), String.valueOf(rows), null);
		Table table = table(caller, request);
		return new NoticeInbox(table.rows(), table.total(), unreadCount(caller), from, rows);
	}

	/** One page of the caller's notices in a list's order; the request is clamped. */
	@Transactional(readOnly = true)
	Table table(Caller caller, TableRequest request) {
		Long person = caller.personId();
		if (person == null) {
			return new Table(List.of(), 0, request);
		}
		long total = this.jdbc.sql("select count(*) from notice_recipient where person_id = :person")
			.param("person", person)
			.query(Long.class)
			.single();
		TableRequest clamped = TABLE.clamp(request, total);
		List<NoticeView> rows = this.jdbc
			.sql(SELECT + TABLE.orderBy(clamped, "n.id desc") + " limit :limit offset :offset")
			.param("person", person)
			.param("limit", clamped.size())
			.param("offset", clamped.offset())
			.query(NoticeQueries::view)
			.list();
		return new Table(rows, total, clamped);
	}

	/** One of the caller's notices; another person's is not found. */
	@Transactional(readOnly = true)
	NoticeView one(Caller caller, long id) {
		return this.jdbc.sql(SELECT + " and r.notice_id = :id")
			.param("person", (caller.personId() != null) ? caller.personId() : -1L)
			.param("id", id)
			.query(NoticeQueries::view)
			.optional()
			.orElseThrow(() -> NotFoundException.of("notice", id));
	}

	/** See {@link vn.dangvu.notification.NotificationApi#deliveriesOf(long)}. */
	@Transactional(readOnly = true)
	public List<NoticeDelivery> deliveriesOf(long noticeId) {
		return this.jdbc.sql("""
				select r.person_id, coalesce(m.status, 'NONE'), m.sent_at, r.read_at
				from notice_recipient r
				left join mail_outbox m on m.notice_id = r.notice_id and m.person_id = r.person_id
				where r.notice_id = :id order by r.person_id""")
			.param("id", noticeId)
			.query((rs, n) -> new NoticeDelivery(rs.getLong(1), NoticeDelivery.Mail.valueOf(rs.getString(2)),
					rs.getObject(3, OffsetDateTime.class), rs.getObject(4, OffsetDateTime.class)))
			.list();
	}

	/**
	 * The caller's unread notices: one count on the partial index, asked on every page.
	 */
	@Transactional(readOnly = true)
	public long unreadCount(Caller caller) {
		if (caller.personId() == null) {
			return 0;
		}
		return this.jdbc.sql("select count(*) from notice_recipient where person_id = :person and read_at is null")
			.param("person", caller.personId())
			.query(Long.class)
			.single();
	}

	private static NoticeView view(ResultSet rs, int row) throws SQLException {
		return new NoticeView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getObject(8, OffsetDateTime.class));
	}

	record Table(List<NoticeView> rows, long total, TableRequest request) {
	}

}
