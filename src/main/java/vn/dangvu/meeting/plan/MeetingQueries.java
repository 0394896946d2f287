package vn.dangvu.meeting.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.directive.DirectiveApi;
import vn.dangvu.meeting.MeetingGrade;
import vn.dangvu.meeting.MeetingKind;
import vn.dangvu.meeting.MeetingPage;
import vn.dangvu.meeting.MeetingState;
import vn.dangvu.meeting.MeetingSummary;
import vn.dangvu.meeting.MeetingView;
import vn.dangvu.meeting.MinutesVersion;
import vn.dangvu.meeting.Presence;
import vn.dangvu.meeting.access.MeetingAccess;
import vn.dangvu.meeting.access.MeetingAccess.Head;
import vn.dangvu.organisation.UnitScope;
import vn.dangvu.platform.error.DomainException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;

/** Reads of meetings: a scoped list and one meeting with everything recorded. */
@Service
@RequiredArgsConstructor
public class MeetingQueries {

	public static final int MAX_SIZE = 500;

	private static final String SUMMARY = """
			select m.id, m.unit_id, u.name, m.kind, m.topic, m.meets_on, m.starts_at, m.place, m.state,
			       (select count(*) from meeting_attendance a where a.meeting_id = m.id),
			       (select count(*) from meeting_attendance a where a.meeting_id = m.id and a.presence = 'PRESENT'),
			       coalesce(g.override_grade, g.grade)
			from meeting m join unit_ref u on u.id = m.unit_id
			left join meeting_grade g on g.meeting_id = m.id
			""";

	private final JdbcClient jdbc;

	private final MeetingAccess access;

	private final DirectiveApi directives;

	/**
	 * The meetings between two days of one cell ({@code unitId}) or of every cell in the
	 * caller's scope (a member: of their own cell), by day.
	 */
	@Transactional(readOnly = true)
	public MeetingPage list(Long unitId, LocalDate from, LocalDate to, int page, int size, Caller caller) {
		if (from.isAfter(to)) {
			throw RuleViolationException.onField("to", "meeting.range.endBeforeStart");
		}
		if (page < 0 || page > 100_000) {
			throw RuleViolationException.onField("page", "meeting.page.invalid", MAX_SIZE);
		}
		if (size < 1 || size > MAX_SIZE) {
			throw RuleViolationException.onField("size", "meeting.page.invalid", MAX_SIZE);
		}
		String where;
		Map<String, Object> params = new HashMap<>();
		params.put("from", from);
		params.put("to", to);
		if (unitId != null) {
			this.access.cell(unitId, caller);
			where = "m.unit_id = :unit";
			params.put("unit", unitId);
		}
		else {
			UnitScope scope = this.access.scope(caller);
			where = UnitScope.condition("u");
			params.putAll(scope.params());
		}
		String filter = " where " + where + " and m.meets_on between :from and :to";
		long total = this.jdbc.sql("select count(*) from meeting m join unit_ref u on u.id = m.unit_id" + filter)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", size);
		params.put("offset", (long) page * size);
		List<MeetingSummary> items = this.jdbc
			.sql(SUMMARY + filter + " order by m.meets_on, m.starts_at, u.path, m.id limit :limit offset :offset")
			.params(params)
			.query(MeetingQueries::summary)
			.list();
		return new MeetingPage(items, page, size, total);
	}

	/** A cell's meetings of one year, by day. */
	@Transactional(readOnly = true)
	public List<MeetingSummary> year(long unitId, int year, Caller caller) {
		this.access.cell(unitId, caller);
		return this.jdbc
			.sql(SUMMARY + " where m.unit_id = :u and m.meets_on between :from and :to"
					+ " order by m.meets_on, m.starts_at, m.id")
			.param("u", unitId)
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year, 12, 31))
			.query(MeetingQueries::summary)
			.list();
	}

	@Transactional(readOnly = true)
	public MeetingView view(long id, Caller caller) {
		Head head = this.access.meeting(id, caller);
		return read(head, caller);
	}

	/** The meeting of a head already checked. */
	@Transactional(readOnly = true)
	public MeetingView read(Head head, Caller caller) {
		long id = head.id();
		List<MeetingView.Attendance> attendance = this.jdbc.sql("""
				select a.person_id, p.full_name, a.probationary, a.presence, a.reason, a.spoke
				from meeting_attendance a join person_ref p on p.id = a.person_id
				where a.meeting_id = :id order by p.sort_key, p.id""")
			.param("id", id)
			.query((rs, n) -> new MeetingView.Attendance(rs.getLong(1), rs.getString(2), rs.getBoolean(3),
					Presence.valueOf(rs.getString(4)), rs.getString(5), rs.getBoolean(6)))
			.list();
		List<MeetingView.AgendaItem> agenda = this.jdbc.sql(
				"select position, title, notes, criticism from meeting_agenda_item where meeting_id = :id order by position")
			.param("id", id)
			.query((rs, n) -> new MeetingView.AgendaItem(rs.getInt(1), rs.getString(2), rs.getString(3),
					rs.getBoolean(4)))
			.list();
		List<MeetingView.DocumentRef> documents = new ArrayList<>();
		for (Long d : this.jdbc
			.sql("select document_id from meeting_document where meeting_id = :id order by document_id")
			.param("id", id)
			.query(Long.class)
			.list()) {
			documents.add(document(d, caller));
		}
		return this.jdbc.sql("""
				select m.id, m.unit_id, u.name, m.kind, m.topic, m.meets_on, m.starts_at, m.place, m.state,
				       m.cancel_reason, m.held_from, m.held_to, m.chair_id, c.full_name, m.secretary_id, s.full_name,
				       m.guests, m.resolution, m.votes_for, m.votes_against, m.votes_abstain, m.version,
				       m.notified_at, m.notified_count, coalesce(m.notified_version = m.version, false)
				from meeting m join unit_ref u on u.id = m.unit_id
				left join person_ref c on c.id = m.chair_id left join person_ref s on s.id = m.secretary_id
				where m.id = :id""")
			.param("id", id)
			.query((rs, n) -> new MeetingView(rs.getLong(1), rs.getLong(2), rs.getString(3),
					MeetingKind.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, LocalDate.class),
					rs.getObject(7, LocalTime.class), rs.getString(8), MeetingState.valueOf(rs.getString(9)),
					rs.getString(10), rs.getObject(11, LocalTime.class), rs.getObject(12, LocalTime.class),
					(Long) rs.getObject(13), rs.getString(14), (Long) rs.getObject(15), rs.getString(16),
					rs.getString(17), rs.getString(18), (Integer) rs.getObject(19), (Integer) rs.getObject(20),
					(Integer) rs.getObject(21), rs.getInt(22), attendance, agenda, List.copyOf(documents),
					rs.getObject(23, java.time.OffsetDateTime.class), (Integer) rs.getObject(24), rs.getBoolean(25)))
			.single();
	}

	/** The signed versions of a meeting's minutes, oldest first (decision 0226). */
	@Transactional(readOnly = true)
	public List<MinutesVersion> minutesVersions(long meetingId) {
		return this.jdbc.sql("""
				select version, signed_at, signed_by, signer_name, reason, meeting_version
				from meeting_minutes_version where meeting_id = :id order by version""")
			.param("id", meetingId)
			.query((rs, n) -> new MinutesVersion(rs.getInt(1), rs.getObject(2, java.time.OffsetDateTime.class),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6)))
			.list();
	}

	/**
	 * A linked document as the caller may see it; one the caller may not open shows
	 * without its text.
	 */
	private MeetingView.DocumentRef document(long documentId, Caller caller) {
		try {
			var d = this.directives.get(documentId, caller);
			return new MeetingView.DocumentRef(documentId, d.citation(), d.summary());
		}
		catch (DomainException ex) {
			return new MeetingView.DocumentRef(documentId, null, null);
		}
	}

	static MeetingSummary summary(ResultSet rs, int n) throws SQLException {
		String grade = rs.getString(12);
		return new MeetingSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), MeetingKind.valueOf(rs.getString(4)),
				rs.getString(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalTime.class), rs.getString(8),
				MeetingState.valueOf(rs.getString(9)), rs.getInt(10), rs.getInt(11),
				(grade == null) ? null : MeetingGrade.valueOf(grade));
	}

}
