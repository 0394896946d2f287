package vn.dangvu.meeting.grade;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangvu.meeting.access.MeetingAccess.Head;

/**
 * What held meetings' records prove, read in two statements whatever their number (one
 * meeting's page, or a whole year graded at once).
 */
@Component
@RequiredArgsConstructor
class FactsReader {

	private final JdbcClient jdbc;

	MeetingFacts facts(Head head) {
		return facts(List.of(head.id())).get(head.id());
	}

	Map<Long, MeetingFacts> facts(Collection<Long> meetingIds) {
		Long[] ids = meetingIds.toArray(Long[]::new);
		Map<Long, Integer> runs = longestAbsenceRuns(ids);
		record Row(long id, MeetingFacts facts) {
		}
		Map<Long, MeetingFacts> result = new HashMap<>();
		this.jdbc.sql("""
				select m.id, m.held_from, m.held_to, m.chair_id, m.secretary_id, m.resolution, m.votes_for,
				       count(a.person_id), count(*) filter (where a.presence = 'PRESENT'),
				       count(*) filter (where a.presence = 'UNEXCUSED'),
				       count(*) filter (where a.presence = 'PRESENT' and a.spoke),
				       count(*) filter (where a.presence = 'PRESENT' and not a.probationary),
				       exists (select 1 from meeting_agenda_item i where i.meeting_id = m.id and i.notes is not null)
				from meeting m left join meeting_attendance a on a.meeting_id = m.id
				where m.id = any(:ids) group by m.id""").param("ids", ids).query((rs, n) -> {
			long id = rs.getLong(1);
			LocalTime from = rs.getObject(2, LocalTime.class);
			LocalTime to = rs.getObject(3, LocalTime.class);
			String resolution = rs.getString(6);
			boolean hasResolution = resolution != null && !resolution.isBlank();
			long minutes = (from == null || to == null) ? 0 : Duration.between(from, to).toMinutes();
			boolean complete = from != null && to != null && rs.getObject(4) != null && rs.getObject(5) != null
					&& rs.getBoolean(13) && hasResolution;
			Integer votesFor = (Integer) rs.getObject(7);
			return new Row(id, new MeetingFacts(rs.getInt(8), rs.getInt(9), rs.getInt(10), runs.getOrDefault(id, 0),
					minutes, rs.getInt(11), rs.getInt(12), (votesFor == null) ? 0 : votesFor, hasResolution, complete));
		}).list().forEach((r) -> result.put(r.id(), r.facts()));
		return result;
	}

	/**
	 * For each meeting, the longest run of the cell's held meetings in a row, ending with
	 * it, that one of its absent members missed (excused or not). A meeting where the
	 * member was not expected ends the run.
	 */
	private Map<Long, Integer> longestAbsenceRuns(Long[] ids) {
		Map<Long, Integer> runs = new HashMap<>();
		this.jdbc.sql("""
				with held as (
				  select m.id, m.unit_id,
				         row_number() over (partition by m.unit_id order by m.meets_on, m.starts_at, m.id) as seq
				  from meeting m
				  where m.state = 'HELD' and m.unit_id in (select unit_id from meeting where id = any(:ids))
				), marks as (
				  select a.meeting_id, h.unit_id, a.person_id, h.seq, a.presence <> 'PRESENT' as absent,
				         h.seq - row_number() over (partition by h.unit_id, a.person_id, a.presence <> 'PRESENT'
				                                    order by h.seq) as streak
				  from held h join meeting_attendance a on a.meeting_id = h.id
				), runs as (
				  select meeting_id, absent,
				         row_number() over (partition by unit_id, person_id, absent, streak order by seq) as run
				  from marks
				)
				select meeting_id, max(run) from runs where absent and meeting_id = any(:ids) group by meeting_id""")
			.param("ids", ids)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list()
			.forEach((r) -> runs.put(r[0], (int) r[1]));
		return runs;
	}

}
