package vn.dangvu.programme.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangvu.organisation.UnitFamily;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitScope;
import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.platform.error.ConflictException;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.NotPermittedException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;
import vn.dangvu.programme.ProgrammeKind;
import vn.dangvu.programme.ProgrammeState;

/**
 * Who may see and change which programme (decision 0270). A programme is seen by
 * whoever's scope covers its unit, and, once adopted, by those below it (a cell secretary
 * sees the committee's adopted programme, whose key tasks the cell concretises); an
 * unseen one is a 404. It is written by whoever holds its unit: an administrator, the
 * committee office or cell secretary whose scope covers a Party unit, the union or youth
 * officer for their own families' units. A write locks the programme's row, so there is
 * one writer at a time, and names the version it read.
 */
@Component
@RequiredArgsConstructor
public class ProgrammeAccess {

	private final JdbcClient jdbc;

	private final UnitScopes scopes;

	/** A unit as the programmes see it. */
	public record Unit(long id, String name, String path, UnitKind kind, LocalDate closedOn) {

		public UnitFamily family() {
			return this.kind.family();
		}

	}

	/** A programme's head: enough to decide who may do what with it. */
	public record Head(long id, Unit unit, ProgrammeKind kind, ProgrammeState state, LocalDate startsOn,
			LocalDate endsOn, LocalDate adoptedOn, int version) {

	}

	/** A unit the caller sees; else 404. */
	public Unit unit(long unitId, Caller caller) {
		return findUnit(unitId).filter((u) -> scope(caller).covers(u.path()))
			.orElseThrow(() -> NotFoundException.of("unit", unitId));
	}

	/** A unit the caller may own a programme of this kind in; 404, 403 or 422. */
	public Unit unitToWrite(long unitId, ProgrammeKind kind, Caller caller) {
		Unit unit = findUnit(unitId).filter((u) -> scope(caller).covers(u.path()))
			.orElseThrow(() -> RuleViolationException.onField("unitId", "programme.unit.unknown", unitId));
		if (kind != null && unit.family() != kind.family()) {
			throw RuleViolationException.onField("unitId", "programme.unit.wrongFamily", unit.name());
		}
		if (!mayWrite(caller, unit)) {
			throw new NotPermittedException("programme.write.notAllowed");
		}
		return unit;
	}

	/** A programme the caller sees; else 404. */
	public Head programme(long id, Caller caller) {
		Head head = findHead(id, false).orElseThrow(() -> NotFoundException.of("programme", id));
		if (!sees(caller, head)) {
			throw NotFoundException.of("programme", id);
		}
		return head;
	}

	/**
	 * A programme the caller may change, its row locked until the transaction ends, at
	 * the version the caller read: 404 unseen, 403 seen but not a writer, 409 stale, 422
	 * closed or without a version.
	 */
	public Head programmeToWrite(long id, Integer version, Caller caller) {
		programme(id, caller);
		Head head = findHead(id, true).orElseThrow(() -> NotFoundException.of("programme", id));
		if (!mayWrite(caller, head.unit())) {
			throw new NotPermittedException("programme.write.notAllowed");
		}
		if (version == null) {
			throw RuleViolationException.onField("version", "programme.version.required");
		}
		if (version != head.version()) {
			throw new ConflictException("version", "programme.version.stale");
		}
		if (head.state() == ProgrammeState.CLOSED) {
			throw RuleViolationException.onField("state", "programme.closed");
		}
		return head;
	}

	/** Whether the caller sees the programme. */
	public boolean sees(Caller caller, Head head) {
		UnitScope scope = scope(caller);
		if (scope.covers(head.unit().path())) {
			return true;
		}
		return head.state() != ProgrammeState.DRAFT && ancestorPaths(scope).contains(head.unit().path());
	}

	public boolean mayWrite(Caller caller, Unit unit) {
		if (caller.isAdmin()) {
			return true;
		}
		if (!scope(caller).covers(unit.path())) {
			return false;
		}
		return switch (unit.family()) {
			case PARTY -> caller.hasAny(Role.COMMITTEE_OFFICE, Role.CELL_SECRETARY);
			case UNION -> caller.has(Role.UNION_OFFICER);
			case YOUTH -> caller.has(Role.YOUTH_OFFICER);
		};
	}

	/** Whether the caller may start a programme at all (has a unit to own one in). */
	public boolean mayCreate(Caller caller) {
		return caller.hasAny(Role.ADMIN, Role.COMMITTEE_OFFICE, Role.CELL_SECRETARY, Role.UNION_OFFICER,
				Role.YOUTH_OFFICER);
	}

	public UnitScope scope(Caller caller) {
		return this.scopes.of(caller);
	}

	/**
	 * The paths of the units strictly above the caller's scope ("/1/5/9/" gives "/1/" and
	 * "/1/5/"): whose adopted programmes the caller sees.
	 */
	public static List<String> ancestorPaths(UnitScope scope) {
		Set<String> paths = new LinkedHashSet<>();
		for (String prefix : scope.pathPrefixes()) {
			int from = 1;
			int next;
			while ((next = prefix.indexOf('/', from)) > 0 && next < prefix.length() - 1) {
				paths.add(prefix.substring(0, next + 1));
				from = next + 1;
			}
		}
		return new ArrayList<>(paths);
	}

	public Optional<Unit> findUnit(long unitId) {
		return this.jdbc.sql("select id, name, path, kind, closed_on from unit_ref where id = :id")
			.param("id", unitId)
			.query((rs, n) -> new Unit(rs.getLong(1), rs.getString(2), rs.getString(3),
					UnitKind.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class)))
			.optional();
	}

	private Optional<Head> findHead(long id, boolean lock) {
		return this.jdbc
			.sql("""
					select p.id, u.id, u.name, u.path, u.kind, u.closed_on, p.kind, p.state, p.starts_on, p.ends_on,
					       p.adopted_on, p.version
					from programme p join unit_ref u on u.id = p.unit_id where p.id = :id"""
					+ (lock ? " for update of p" : ""))
			.param("id", id)
			.query((rs, n) -> new Head(rs.getLong(1),
					new Unit(rs.getLong(2), rs.getString(3), rs.getString(4), UnitKind.valueOf(rs.getString(5)),
							rs.getObject(6, LocalDate.class)),
					ProgrammeKind.valueOf(rs.getString(7)), ProgrammeState.valueOf(rs.getString(8)),
					rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class),
					rs.getObject(11, LocalDate.class), rs.getInt(12)))
			.optional();
	}

}
