package vn.dangvu.meeting.member;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.directive.DirectiveApi;
import vn.dangvu.directive.DocumentRow;
import vn.dangvu.meeting.MeetingKind;
import vn.dangvu.meeting.MeetingView;
import vn.dangvu.meeting.Presence;
import vn.dangvu.membership.MemberStatus;
import vn.dangvu.membership.MembershipApi;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.time.VietnamTime;

/**
 * A member's own meetings (decision 0228): only ever about the caller's own person and
 * the cell the caller belongs to today. The documents come from the directive registry as
 * the caller may see them, and the read marks are the directive module's study records:
 * marking a document read goes through {@link DirectiveApi#markRead}.
 */
@Service
@RequiredArgsConstructor
public class MemberMeetings {

	/** How many planned meetings ahead the member sees. */
	static final int NEXT = 3;

	private final JdbcClient jdbc;

	private final MembershipApi membership;

	private final DirectiveApi directives;

	private final Clock clock;

	@Transactional(readOnly = true)
	public MyMeetings mine(Caller caller) {
		LocalDate today = VietnamTime.today(this.clock);
		MemberStatus status = statusOf(caller, today);
		if (status == null) {
			return MyMeetings.none(today.getYear());
		}
		Long cell = status.cellId();
		String cellName = (cell == null) ? null
				: this.jdbc.sql("select name from unit_ref where id = :id")
					.param("id", cell)
					.query(String.class)
					.optional()
					.orElse(null);
		List<MyMeetings.Upcoming> next = (cell == null) ? List.of() : next(cell, today, caller);
		return new MyMeetings(true, cell, cellName, next, attendance(caller.personId(), today.getYear()));
	}

	/**
	 * Marks a document listed for a meeting of the caller's cell as read by the caller; a
	 * meeting of another cell, or a document not listed for it, is not found.
	 * @return when the caller first read it
	 */
	@Transactional
	public Instant markRead(long meetingId, long documentId, Caller caller) {
		MemberStatus status = statusOf(caller, VietnamTime.today(this.clock));
		boolean listed = status != null && status.cellId() != null
				&& this.jdbc.sql("""
						select count(*) from meeting_document md join meeting m on m.id = md.meeting_id
						where md.meeting_id = :m and md.document_id = :d and m.unit_id = :cell""")
					.param("m", meetingId)
					.param("d", documentId)
					.param("cell", status.cellId())
					.query(Integer.class)
					.single() > 0;
		if (!listed) {
			throw NotFoundException.of("meeting", meetingId);
		}
		return this.directives.markRead(documentId, caller);
	}

	/** The caller's Party standing today, or null for anyone who is not a member. */
	private MemberStatus statusOf(Caller caller, LocalDate today) {
		if (caller.personId() == null) {
			return null;
		}
		MemberStatus status = this.membership.statusOn(caller.personId(), today);
		return status.isMember() ? status : null;
	}

	private List<MyMeetings.Upcoming> next(long cell, LocalDate today, Caller caller) {
		record Head(long id, MeetingKind kind, String topic, LocalDate meetsOn, LocalTime startsAt, String place,
				OffsetDateTime notifiedAt) {
		}
		List<Head> heads = this.jdbc.sql("""
				select id, kind, topic, meets_on, starts_at, place, notified_at from meeting
				where unit_id = :cell and state = 'PLANNED' and meets_on >= :today
				order by meets_on, starts_at, id limit :n""")
			.param("cell", cell)
			.param("today", today)
			.param("n", NEXT)
			.query((rs, n) -> new Head(rs.getLong(1), MeetingKind.valueOf(rs.getString(2)), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getObject(5, LocalTime.class), rs.getString(6),
					rs.getObject(7, OffsetDateTime.class)))
			.list();
		if (heads.isEmpty()) {
			return List.of();
		}
		List<Long> ids = heads.stream().map(Head::id).toList();
		Map<Long, List<MeetingView.AgendaItem>> agenda = new HashMap<>();
		this.jdbc.sql("""
				select meeting_id, position, title, notes, criticism from meeting_agenda_item
				where meeting_id in (:ids) order by meeting_id, position""").param("ids", ids).query((ResultSet rs) -> {
			agenda.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
				.add(new MeetingView.AgendaItem(rs.getInt(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)));
		});
		Map<Long, List<Long>> listed = new LinkedHashMap<>();
		this.jdbc.sql("""
				select meeting_id, document_id from meeting_document
				where meeting_id in (:ids) order by meeting_id, document_id""")
			.param("ids", ids)
			.query((ResultSet rs) -> {
				listed.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getLong(2));
			});
		Map<Long, MyMeetings.Document> documents = documents(listed, caller);
		return heads.stream()
			.map((h) -> new MyMeetings.Upcoming(h.id(), h.kind(), h.topic(), h.meetsOn(), h.startsAt(), h.place(),
					h.notifiedAt(), agenda.getOrDefault(h.id(), List.of()),
					listed.getOrDefault(h.id(), List.of()).stream().map(documents::get).toList()))
			.toList();
	}

	/**
	 * Each listed document once, as the caller may see it, with the caller's read mark.
	 */
	private Map<Long, MyMeetings.Document> documents(Map<Long, List<Long>> listed, Caller caller) {
		Set<Long> ids = new LinkedHashSet<>();
		listed.values().forEach(ids::addAll);
		Map<Long, DocumentRow> seen = new HashMap<>();
		this.directives.rows(ids, caller).forEach((row) -> seen.put(row.id(), row));
		Map<Long, Instant> read = this.directives.readMarks(seen.keySet(), caller);
		Map<Long, MyMeetings.Document> documents = new HashMap<>();
		for (long id : ids) {
			DocumentRow d = seen.get(id);
			documents.put(id, (d == null) ? new MyMeetings.Document(id, null, null, null)
					: new MyMeetings.Document(id, d.citation(), d.summary(), read.get(id)));
		}
		return documents;
	}

	/** The person's presence at the held meetings of a year, in any cell. */
	private MyMeetings.Attendance attendance(long personId, int year) {
		List<MyMeetings.Line> lines = this.jdbc.sql("""
				select m.id, m.meets_on, m.kind, m.topic, u.name, a.presence, a.reason
				from meeting_attendance a join meeting m on m.id = a.meeting_id join unit_ref u on u.id = m.unit_id
				where a.person_id = :p and m.state = 'HELD' and m.meets_on between :from and :to
				order by m.meets_on desc, m.starts_at desc, m.id desc""")
			.param("p", personId)
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year, 12, 31))
			.query((rs, n) -> new MyMeetings.Line(rs.getLong(1), rs.getObject(2, LocalDate.class),
					MeetingKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
					Presence.valueOf(rs.getString(6)), rs.getString(7)))
			.list();
		int present = (int) lines.stream().filter((l) -> l.presence() == Presence.PRESENT).count();
		int excused = (int) lines.stream().filter((l) -> l.presence() == Presence.EXCUSED).count();
		return new MyMeetings.Attendance(year, lines.size(), present, excused, lines.size() - present - excused, lines);
	}

}
