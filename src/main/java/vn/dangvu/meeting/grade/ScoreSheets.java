package vn.dangvu.meeting.grade;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangvu.meeting.access.MeetingAccess.Cell;

/**
 * The score sheet in force for a cell on a day: of the sheets valid that day, the one of
 * the nearest unit above the cell (or the cell itself) that has one, else the default;
 * the latest valid one of that unit.
 */
@Component
@RequiredArgsConstructor
class ScoreSheets {

	private final JdbcClient jdbc;

	ScoreSheet inForce(Cell cell, LocalDate day) {
		long id = this.jdbc.sql("""
				select s.id from meeting_score_sheet s left join unit_ref u on u.id = s.unit_id
				where s.valid_from <= :day and (s.unit_id is null or :path like u.path || '%')
				order by u.depth desc nulls last, s.valid_from desc limit 1""")
			.param("day", day)
			.param("path", cell.path())
			.query(Long.class)
			.single();
		return byId(id);
	}

	/** The sheet in force for each meeting, on its day and for its cell. */
	Map<Long, Long> sheetIdsOf(Collection<Long> meetingIds) {
		Map<Long, Long> result = new LinkedHashMap<>();
		this.jdbc.sql("""
				select m.id, (select s.id from meeting_score_sheet s left join unit_ref su on su.id = s.unit_id
				              where s.valid_from <= m.meets_on and (s.unit_id is null or u.path like su.path || '%')
				              order by su.depth desc nulls last, s.valid_from desc limit 1)
				from meeting m join unit_ref u on u.id = m.unit_id where m.id = any(:ids) order by m.id""")
			.param("ids", meetingIds.toArray(Long[]::new))
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list()
			.forEach((r) -> result.put(r[0], r[1]));
		return result;
	}

	ScoreSheet byId(long sheetId) {
		List<ScoreSheet.Criterion> criteria = this.jdbc.sql("""
				select code, position, label_vi, label_en, points, auto_check, threshold, must_full
				from meeting_score_criterion where sheet_id = :id order by position, code""")
			.param("id", sheetId)
			.query((rs, n) -> new ScoreSheet.Criterion(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
					rs.getBigDecimal(5), rs.getString(6), rs.getBigDecimal(7), rs.getBoolean(8)))
			.list();
		return this.jdbc.sql("""
				select id, unit_id, valid_from, name, source, good_min, fair_min, average_min from meeting_score_sheet
				where id = :id""")
			.param("id", sheetId)
			.query((rs, n) -> new ScoreSheet(rs.getLong(1), (Long) rs.getObject(2), rs.getObject(3, LocalDate.class),
					rs.getString(4), rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
					criteria))
			.single();
	}

}
