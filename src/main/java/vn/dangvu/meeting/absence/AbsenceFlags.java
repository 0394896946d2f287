package vn.dangvu.meeting.absence;

import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.meeting.AbsenceFlag;
import vn.dangvu.meeting.access.MeetingAccess;
import vn.dangvu.organisation.UnitScope;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.rules.RulesApi;

/**
 * The consequences of absences (issue 11, item 6; decision 0225): the members of a cell
 * who missed held meetings without a reason in a calendar year, counted in meetings and
 * in distinct months, against the striking-off rule's months (effective-dated data of the
 * rules module). Only members still in the cell are flagged: the cell acts on its own
 * members, through membership's striking-off action.
 */
@Component
@RequiredArgsConstructor
public class AbsenceFlags {

	/**
	 * The rule: months in a year of missed meetings (or unpaid dues) that call for it.
	 */
	public static final String RULE = "membership.striking-off.months-in-year";

	private static final String COUNTS = """
			select a.person_id, p.full_name, count(*)::int,
			       count(distinct extract(month from m.meets_on))::int, max(m.meets_on)%s
			from meeting m
			join meeting_attendance a on a.meeting_id = m.id and a.presence = 'UNEXCUSED'
			join person_ref p on p.id = a.person_id and p.party_unit_id = m.unit_id
			%s
			where m.state = 'HELD' and m.meets_on between :from and :to and %s
			group by a.person_id, p.full_name, p.sort_key%s
			having count(distinct extract(month from m.meets_on)) >= :least
			order by 4 desc, 3 desc, p.sort_key, a.person_id
			limit :limit""";

	private final JdbcClient jdbc;

	private final MeetingAccess access;

	private final RulesApi rules;

	/**
	 * The flags of a cell's members in a year, up to today, most months first: for
	 * whoever plans and records the cell's meetings (404 unseen, 403 seen but not a
	 * writer).
	 */
	@Transactional(readOnly = true)
	public List<AbsenceFlag> ofCell(long cellId, int year, LocalDate today, Caller caller) {
		this.access.cellToWrite(cellId, caller);
		LocalDate to = upTo(year, today);
		if (to.getYear() != year) {
			return List.of();
		}
		int threshold = threshold(to);
		return this.jdbc.sql(COUNTS.formatted("", "", "m.unit_id = :cell", ""))
			.param("cell", cellId)
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", to)
			.param("least", 1)
			.param("limit", 500)
			.query((rs, n) -> new AbsenceFlag(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
					rs.getObject(5, LocalDate.class), threshold))
			.list();
	}

	/**
	 * The members of a scope's cells whose absences reach the striking-off rule this
	 * year.
	 */
	@Transactional(readOnly = true)
	public List<Flagged> strikingOff(UnitScope scope, LocalDate today, int limit) {
		int threshold = threshold(today);
		return this.jdbc
			.sql(COUNTS.formatted(", u.id, u.name", "join unit_ref u on u.id = m.unit_id", UnitScope.condition("u"),
					", u.id, u.name"))
			.params(scope.params())
			.param("from", LocalDate.of(today.getYear(), 1, 1))
			.param("to", today)
			.param("least", Math.max(threshold, 1))
			.param("limit", limit)
			.query((rs,
					n) -> new Flagged(new AbsenceFlag(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
							rs.getObject(5, LocalDate.class), threshold), rs.getLong(6), rs.getString(7)))
			.list();
	}

	/** The number of months of the rule on a day. */
	public int threshold(LocalDate on) {
		return this.rules.valueOn(RULE, on).asInt();
	}

	private static LocalDate upTo(int year, LocalDate today) {
		LocalDate end = LocalDate.of(year, 12, 31);
		return today.isBefore(end) ? today : end;
	}

	/** A flag with the cell it was raised in. */
	public record Flagged(AbsenceFlag flag, long cellId, String cellName) {
	}

}
