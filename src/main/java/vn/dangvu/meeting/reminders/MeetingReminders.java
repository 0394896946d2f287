package vn.dangvu.meeting.reminders;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.meeting.absence.AbsenceFlags;
import vn.dangvu.notification.Reminder;
import vn.dangvu.notification.ReminderSource;
import vn.dangvu.organisation.UnitScope;
import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;
import vn.dangvu.platform.time.PageDates;

/**
 * Meeting reminders (decision 0225), scoped to the caller, a few indexed statements: to
 * whoever records a cell's meetings, a month closing without a held meeting (from the
 * 20th) and a past meeting still not recorded; to the committee above, a held meeting
 * whose grade is awaited; to both, a member whose absences without a reason reach the
 * striking-off rule's months this year.
 */
@Component
@RequiredArgsConstructor
class MeetingReminders implements ReminderSource {

	/** At most this many reminders of each kind. */
	static final int LIMIT = 30;

	/** From this day of the month a cell that has not met is reminded. */
	static final int MONTH_CLOSING_FROM = 20;

	/** How far back unrecorded and ungraded meetings are reminded. */
	static final int DAYS_BACK = 90;

	/** The committee grades within this many days of the meeting. */
	static final int GRADE_WITHIN_DAYS = 15;

	private final JdbcClient jdbc;

	private final UnitScopes scopes;

	private final AbsenceFlags absences;

	@Override
	@Transactional(readOnly = true)
	public List<Reminder> remindersFor(Caller caller, LocalDate today) {
		List<Reminder> out = new ArrayList<>();
		if (!caller.hasAny(Role.ADMIN, Role.COMMITTEE_OFFICE, Role.CELL_SECRETARY)) {
			return out;
		}
		UnitScope scope = this.scopes.of(caller);
		if (today.getDayOfMonth() >= MONTH_CLOSING_FROM) {
			monthClosing(scope, today, out);
		}
		unrecorded(scope, today, out);
		this.absences.strikingOff(scope, today, LIMIT)
			.forEach((f) -> out.add(new Reminder("MEETING_STRIKING_OFF", "meeting.reminder.strikingOff",
					List.of(f.flag().name(), f.cellName(), f.flag().months(), String.valueOf(today.getYear())), today,
					Reminder.Urgency.DUE_SOON, f.cellId(), "/meetings?unit=" + f.cellId() + "#absences")));
		if (caller.hasAny(Role.ADMIN, Role.COMMITTEE_OFFICE)) {
			gradeAwaited(caller, scope, today, out);
		}
		return out;
	}

	private void monthClosing(UnitScope scope, LocalDate today, List<Reminder> out) {
		YearMonth month = YearMonth.from(today);
		this.jdbc
			.sql("""
					select u.id, u.name from unit_ref u
					where u.kind = 'CELL' and u.closed_on is null and (u.established_on is null or u.established_on <= :from)
					  and %s
					  and not exists (select 1 from meeting m where m.unit_id = u.id and m.state = 'HELD'
					                  and m.kind = 'REGULAR' and m.meets_on between :from and :to)
					order by u.path limit %d"""
				.formatted(UnitScope.condition("u"), LIMIT))
			.params(scope.params())
			.param("from", month.atDay(1))
			.param("to", month.atEndOfMonth())
			.query((rs, n) -> new Reminder("MEETING_MONTH_CLOSING", "meeting.reminder.monthClosing",
					List.of(rs.getString(2), PageDates.format(month)), month.atEndOfMonth(), Reminder.Urgency.DUE_SOON,
					rs.getLong(1), "/meetings?unit=" + rs.getLong(1)))
			.list()
			.forEach(out::add);
	}

	private void unrecorded(UnitScope scope, LocalDate today, List<Reminder> out) {
		this.jdbc.sql("""
				select m.id, u.id, u.name, m.meets_on from meeting m join unit_ref u on u.id = m.unit_id
				where m.state = 'PLANNED' and m.meets_on < :today and m.meets_on >= :since and %s
				order by m.meets_on, m.id limit %d""".formatted(UnitScope.condition("u"), LIMIT))
			.params(scope.params())
			.param("today", today)
			.param("since", today.minusDays(DAYS_BACK))
			.query((rs, n) -> new Reminder("MEETING_UNRECORDED", "meeting.reminder.unrecorded",
					List.of(rs.getString(3), PageDates.format(rs.getObject(4, LocalDate.class))),
					rs.getObject(4, LocalDate.class).plusDays(1), Reminder.Urgency.OVERDUE, rs.getLong(2),
					"/meetings/" + rs.getLong(1)))
			.list()
			.forEach(out::add);
	}

	private void gradeAwaited(Caller caller, UnitScope scope, LocalDate today, List<Reminder> out) {
		// an office grades the cells below its own units, not a cell its scope starts at
		Long[] own = caller.scopeUnitIds().toArray(Long[]::new);
		this.jdbc.sql("""
				select m.id, u.id, u.name, m.meets_on from meeting m join unit_ref u on u.id = m.unit_id
				where m.state = 'HELD' and m.meets_on >= :since and %s and not (u.id = any(:own))
				  and not exists (select 1 from meeting_grade g where g.meeting_id = m.id)
				order by m.meets_on, m.id limit %d""".formatted(UnitScope.condition("u"), LIMIT))
			.params(scope.params())
			.params(Map.of("since", today.minusDays(DAYS_BACK), "own", own))
			.query((rs, n) -> new Reminder("MEETING_GRADE_AWAITED", "meeting.reminder.gradeAwaited",
					List.of(rs.getString(3), PageDates.format(rs.getObject(4, LocalDate.class))),
					rs.getObject(4, LocalDate.class).plusDays(GRADE_WITHIN_DAYS), Reminder.Urgency.DUE_SOON,
					rs.getLong(2), "/meetings/" + rs.getLong(1) + "#score"))
			.list()
			.forEach(out::add);
	}

}
