package vn.dangvu.meeting.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangvu.membership.MemberStatus;
import vn.dangvu.membership.MembershipApi;
import vn.dangvu.organisation.UnitScope;
import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.NotPermittedException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;
import vn.dangvu.platform.time.VietnamTime;

/**
 * Who may see and change which meeting (decision 0225). A cell and its meetings are seen
 * by whoever's scope covers the cell, and by the cell's own members; an unseen one is a
 * 404. Plans and records are written by the cell's secretary, the committee office above
 * it and an administrator; the hand scores and an override of the grade only by the
 * committee above (an office or an administrator), never by the cell itself.
 */
@Component
@RequiredArgsConstructor
public class MeetingAccess {

	private final JdbcClient jdbc;

	private final UnitScopes scopes;

	private final MembershipApi membership;

	private final Clock clock;

	/** A cell as the meetings see it. */
	public record Cell(long id, String name, String path, String kind, LocalDate establishedOn, LocalDate closedOn) {

		public boolean openOn(LocalDate day) {
			return (this.establishedOn == null || !day.isBefore(this.establishedOn))
					&& (this.closedOn == null || day.isBefore(this.closedOn));
		}

	}

	/** A meeting's head: enough to decide who may do what with it. */
	public record Head(long id, Cell cell, LocalDate meetsOn, String state, int version, boolean graded) {

	}

	/**
	 * The cell, when the caller sees it; else 404. A unit that is not a cell is a 422.
	 */
	public Cell cell(long unitId, Caller caller) {
		Cell cell = findCell(unitId).filter((c) -> sees(caller, c))
			.orElseThrow(() -> NotFoundException.of("unit", unitId));
		if (!"CELL".equals(cell.kind())) {
			throw RuleViolationException.onField("unitId", "meeting.unit.notCell", cell.name());
		}
		return cell;
	}

	/** The cell for a write of its plan or record: seen and the caller may write. */
	public Cell cellToWrite(long unitId, Caller caller) {
		Cell cell = cell(unitId, caller);
		requireWriter(caller, cell);
		return cell;
	}

	/** A meeting the caller sees; else 404. */
	public Head meeting(long meetingId, Caller caller) {
		Head head = findHead(meetingId).orElseThrow(() -> NotFoundException.of("meeting", meetingId));
		if (!sees(caller, head.cell())) {
			throw NotFoundException.of("meeting", meetingId);
		}
		return head;
	}

	/** A meeting the caller may plan or record; 404 unseen, 403 seen but not a writer. */
	public Head meetingToWrite(long meetingId, Caller caller) {
		Head head = meeting(meetingId, caller);
		requireWriter(caller, head.cell());
		return head;
	}

	/**
	 * A meeting the caller may grade: the committee above the cell, or an administrator.
	 */
	public Head meetingToGrade(long meetingId, Caller caller) {
		Head head = meeting(meetingId, caller);
		if (!mayGrade(caller, head.cell())) {
			throw new NotPermittedException("meeting.grade.committeeOnly");
		}
		return head;
	}

	public boolean mayWrite(Caller caller, Cell cell) {
		return caller.isAdmin() || (this.scopes.of(caller).covers(cell.path())
				&& caller.hasAny(Role.COMMITTEE_OFFICE, Role.CELL_SECRETARY));
	}

	/**
	 * The committee above: an office whose scope reaches the cell from a unit above it.
	 */
	public boolean mayGrade(Caller caller, Cell cell) {
		if (caller.isAdmin()) {
			return true;
		}
		if (!caller.has(Role.COMMITTEE_OFFICE) || caller.scopeUnitIds().contains(cell.id())) {
			return false;
		}
		return this.scopes.of(caller).covers(cell.path());
	}

	/**
	 * Whether the caller sees the cell: its scope covers it, or the caller is a member of
	 * it today.
	 */
	public boolean sees(Caller caller, Cell cell) {
		if (this.scopes.of(caller).covers(cell.path())) {
			return true;
		}
		return caller.personId() != null && isMemberOf(caller.personId(), cell.id());
	}

	private boolean isMemberOf(long personId, long cellId) {
		MemberStatus status = this.membership.statusOn(personId, VietnamTime.today(this.clock));
		return status.isMember() && Long.valueOf(cellId).equals(status.cellId());
	}

	private void requireWriter(Caller caller, Cell cell) {
		if (!mayWrite(caller, cell)) {
			throw new NotPermittedException("meeting.write.notAllowed");
		}
	}

	/** The caller's scope, for the lists. */
	public UnitScope scope(Caller caller) {
		return this.scopes.of(caller);
	}

	public Optional<Cell> findCell(long unitId) {
		return this.jdbc.sql("select id, name, path, kind, established_on, closed_on from unit_ref where id = :id")
			.param("id", unitId)
			.query((rs, n) -> new Cell(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)))
			.optional();
	}

	private Optional<Head> findHead(long meetingId) {
		return this.jdbc
			.sql("""
					select m.id, u.id, u.name, u.path, u.kind, u.established_on, u.closed_on, m.meets_on, m.state, m.version,
					       exists (select 1 from meeting_grade g where g.meeting_id = m.id)
					from meeting m join unit_ref u on u.id = m.unit_id where m.id = :id""")
			.param("id", meetingId)
			.query((rs, n) -> new Head(rs.getLong(1),
					new Cell(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
							rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class)),
					rs.getObject(8, LocalDate.class), rs.getString(9), rs.getInt(10), rs.getBoolean(11)))
			.optional();
	}

}
