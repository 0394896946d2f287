package vn.dangvu.programme.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.organisation.OrganisationApi;
import vn.dangvu.organisation.UnitDto;
import vn.dangvu.organisation.UnitSelection;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.programme.access.ProgrammeAccess;
import vn.dangvu.programme.access.ProgrammeAccess.Head;
import vn.dangvu.programme.plan.StructureEdits.Stamp;

/**
 * One activity given to many units at once (decision 0273): the targets are chosen by the
 * organisation's shared selection (units named, all open cells under a unit, in the
 * caller's scope), each must lie in the programme unit's subtree, and the owner rows are
 * written by one statement whatever their number. Like every structure write it locks the
 * programme, names its version, is an amendment once adopted and is audited.
 */
@Service
@RequiredArgsConstructor
public class ActivityOwners {

	/**
	 * Targets one request may give an activity (every cell of a large committee fits).
	 */
	public static final int MAX_TARGETS = 20_000;

	private final JdbcClient jdbc;

	private final ProgrammeAccess access;

	private final OrganisationApi organisation;

	private final Amendments amendments;

	private final Programmes programmes;

	private final StructureEdits edits;

	private final ApplicationEventPublisher events;

	/** The units given the activity now and those that already held it. */
	public record Assigned(long activityId, List<Long> added, List<Long> already) {

	}

	/** Gives an existing activity to the selected units. */
	@Transactional
	public Assigned assign(long programmeId, long activityId, UnitSelection selection, Stamp stamp, Caller caller) {
		Head head = this.access.programmeToWrite(programmeId, stamp.version(), caller);
		requireActivity(programmeId, activityId);
		List<UnitDto> targets = targets(head, selection, caller);
		this.amendments.before(head, stamp.amend(), "ACTIVITY_OWNERS", caller);
		Assigned assigned = insert(head, activityId, targets);
		this.programmes.touch(programmeId, caller);
		return assigned;
	}

	/**
	 * Adds an activity and gives it to the selected units besides those the input names,
	 * in one transaction: one amendment, nothing written when anything is refused.
	 */
	@Transactional
	public long addActivity(long programmeId, StructureEdits.ActivityInput in, UnitSelection selection, Stamp stamp,
			Caller caller) {
		long activityId = this.edits.addActivity(programmeId, in, stamp, caller);
		if (!selection.isEmpty()) {
			Head head = this.access.programme(programmeId, caller);
			insert(head, activityId, targets(head, selection, caller));
		}
		return activityId;
	}

	/**
	 * Changes an activity (as its page's form does) and gives it to the selected units
	 * too, in one transaction.
	 */
	@Transactional
	public void changeActivity(long programmeId, long activityId, StructureEdits.ActivityInput in,
			UnitSelection selection, Stamp stamp, Caller caller) {
		this.edits.changeActivity(programmeId, activityId, in, true, stamp, caller);
		if (!selection.isEmpty()) {
			Head head = this.access.programme(programmeId, caller);
			insert(head, activityId, targets(head, selection, caller));
		}
	}

	/** The selected units, each open and inside the programme unit's subtree. */
	private List<UnitDto> targets(Head head, UnitSelection selection, Caller caller) {
		String root = head.unit().path();
		for (Long under : selection.allCellsUnder()) {
			if (under != null) {
				this.access.findUnit(under).filter((u) -> !u.path().startsWith(root)).ifPresent((u) -> {
					throw RuleViolationException.onField("allCellsUnder", "programme.owner.outsideSubtree", u.name(),
							head.unit().name());
				});
			}
		}
		List<UnitDto> targets = this.organisation.selectUnits(selection, this.access.scope(caller));
		for (UnitDto u : targets) {
			if (!u.path().startsWith(root)) {
				throw RuleViolationException.onField("unitIds", "programme.owner.outsideSubtree", u.name(),
						head.unit().name());
			}
		}
		if (targets.size() > MAX_TARGETS) {
			throw RuleViolationException.onField("allCellsUnder", "programme.owner.selectionTooLarge", targets.size(),
					MAX_TARGETS);
		}
		return targets;
	}

	private Assigned insert(Head head, long activityId, List<UnitDto> targets) {
		Long[] ids = targets.stream().map(UnitDto::id).toArray(Long[]::new);
		List<Long> added = new ArrayList<>(this.jdbc.sql("""
				insert into programme_activity_owner (activity_id, unit_id, programme_id)
				select :a, t, :p from unnest(cast(:ids as bigint[])) t
				on conflict do nothing returning unit_id""")
			.param("a", activityId)
			.param("p", head.id())
			.param("ids", ids)
			.query(Long.class)
			.list());
		Set<Long> fresh = new HashSet<>(added);
		List<Long> already = targets.stream().map(UnitDto::id).filter((id) -> !fresh.contains(id)).toList();
		List<Long> sorted = targets.stream().map(UnitDto::id).filter(fresh::contains).toList();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("programmeId", head.id());
		after.put("added", sorted.size());
		after.put("units", sorted);
		this.events.publishEvent(RecordChanged.updated("ProgrammeActivity", activityId, "ASSIGN_OWNERS",
				head.unit().id(), Map.of(), after));
		return new Assigned(activityId, sorted, already);
	}

	private void requireActivity(long programmeId, long activityId) {
		boolean found = this.jdbc
			.sql("select exists (select 1 from programme_activity where id = :id and programme_id = :p)")
			.param("id", activityId)
			.param("p", programmeId)
			.query(Boolean.class)
			.single();
		if (!found) {
			throw NotFoundException.of("activity", activityId);
		}
	}

}
