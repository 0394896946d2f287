package vn.dangvu.meeting.grade;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangvu.meeting.access.MeetingAccess.Head;

/** What a held meeting's record proves, read from its rows. */
@Component
@RequiredArgsConstructor
class FactsReader {

	/** How far back a run of absences is followed (well past any sheet's threshold). */
	static final int RUN_LIMIT = 24;

	private final JdbcClient jdbc;

	MeetingFacts facts(Head head) {
		record Row(LocalTime from, LocalTime to, Long chair, Long secretary, String resolution, Integer votesFor,
				LocalTime startsAt) {
		}
		Row m = this.jdbc.sql("""
				select held_from, held_to, chair_id, secretary_id, resolution, votes_for, starts_at
				from meeting where id = :id""")
			.param("id", head.id())
			.query((rs, n) -> new Row(rs.getObject(1, LocalTime.class), rs.getObject(2, LocalTime.class),
					(Long) rs.getObject(3), (Long) rs.getObject(4), rs.getString(5), (Integer) rs.getObject(6),
					rs.getObject(7, LocalTime.class)))
			.single();
		record Counts(int expected, int present, int unexcused, int speakers, int voters) {
		}
		Counts c = this.jdbc
			.sql("""
					select count(*), count(*) filter (where presence = 'PRESENT'), count(*) filter (where presence = 'UNEXCUSED'),
					       count(*) filter (where presence = 'PRESENT' and spoke),
					       count(*) filter (where presence = 'PRESENT' and not probationary)
					from meeting_attendance where meeting_id = :id""")
			.param("id", head.id())
			.query((rs, n) -> new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
			.single();
		boolean agendaWithNotes = this.jdbc
			.sql("select exists (select 1 from meeting_agenda_item where meeting_id = :id and notes is not null)")
			.param("id", head.id())
			.query(Boolean.class)
			.single();
		boolean hasResolution = m.resolution() != null && !m.resolution().isBlank();
		long minutes = (m.from() == null || m.to() == null) ? 0 : Duration.between(m.from(), m.to()).toMinutes();
		boolean complete = m.from() != null && m.to() != null && m.chair() != null && m.secretary() != null
				&& agendaWithNotes && hasResolution;
		return new MeetingFacts(c.expected(), c.present(), c.unexcused(), longestAbsenceRun(head, m.startsAt()),
				minutes, c.speakers(), c.voters(), (m.votesFor() == null) ? 0 : m.votesFor(), hasResolution, complete);
	}

	/**
	 * For each member absent at this meeting, the meetings in a row (this one and the
	 * cell's held meetings before it) they missed, excused or not; the longest of them.
	 */
	int longestAbsenceRun(Head head, LocalTime startsAt) {
		List<Long> absent = this.jdbc
			.sql("select person_id from meeting_attendance where meeting_id = :id and presence <> 'PRESENT'")
			.param("id", head.id())
			.query(Long.class)
			.list();
		int longest = 0;
		for (long person : absent) {
			List<Boolean> presentInOrder = this.jdbc.sql("""
					select coalesce(a.presence = 'PRESENT', true)
					from meeting m left join meeting_attendance a on a.meeting_id = m.id and a.person_id = :p
					where m.unit_id = :u and m.state = 'HELD'
					  and (m.meets_on, m.starts_at, m.id) <= (:day, :time, :id)
					order by m.meets_on desc, m.starts_at desc, m.id desc limit :limit""")
				.param("p", person)
				.param("u", head.cell().id())
				.param("day", head.meetsOn())
				.param("time", startsAt)
				.param("id", head.id())
				.param("limit", RUN_LIMIT)
				.query(Boolean.class)
				.list();
			int run = 0;
			for (boolean present : presentInOrder) {
				if (present) {
					break;
				}
				run++;
			}
			longest = Math.max(longest, run);
		}
		return longest;
	}

}
