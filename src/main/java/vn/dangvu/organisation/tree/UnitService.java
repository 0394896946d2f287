package vn.dangvu.organisation.tree;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.organisation.UnitDto;
import vn.dangvu.organisation.UnitScope;
import vn.dangvu.organisation.UnitsMerged;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.text.VietnameseText;

/**
 * Every change to the unit tree: establish, rename, move, merge, close. Each keeps the
 * current state on org_unit, closes the unit's current history period and opens the next,
 * and publishes {@link RecordChanged}.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class UnitService {

	static final String ENTITY = "Unit";

	private static final Locale RECORD_LOCALE = Locale.forLanguageTag("vi");

	private final UnitRepository units;

	private final UnitPermissions permissions;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final UnitPeriods periods;

	private final UnitChecks checks;

	public UnitDto create(CreateUnitCmd cmd) {
		Caller caller = CurrentCaller.require();
		UnitScope scope = this.checks.scope(caller);
		return establish(caller, scope, cmd).toDto();
	}

	private UnitRecord establish(Caller caller, UnitScope scope, CreateUnitCmd cmd) {
		UnitChecks.required("code", cmd.code());
		UnitChecks.required("kind", cmd.kind());
		UnitChecks.required("name", cmd.name());
		UnitChecks.required("establishedOn", cmd.establishedOn());
		UnitRecord parent = this.checks.writableParent(cmd.parentId(), caller, scope);
		if (!this.permissions.mayWriteKind(caller, cmd.kind())) {
			throw new NotPermittedException("unit.write.kindForbidden");
		}
		UnitRecord leader = null;
		if (cmd.ledById() != null) {
			leader = this.units.find(cmd.ledById())
				.filter((u) -> scope.covers(u.path()))
				.orElseThrow(() -> RuleViolationException.onField("ledById", "unit.ledBy.notFound", cmd.ledById()));
		}
		KindPlacementPolicy.check(cmd.kind(), parent == null ? null : parent.kind()).orThrow();
		UnitChecks.requireOpenParent(parent);
		EffectiveDatePolicy.check(cmd.establishedOn(), null, null, this.checks.today()).orThrow("establishedOn");
		UnitChecks.requireParentBefore(parent, "establishedOn", cmd.establishedOn());
		LeadershipPolicy.check(cmd.kind(), leader == null ? null : leader.kind()).orThrow();
		return this.periods.establish(cmd);
	}

	public UnitDto rename(RenameUnitCmd cmd) {
		UnitRecord unit = this.checks.change(cmd.unitId(), cmd.effectiveDate(), this.permissions::requireWrite).unit();
		String name = cmd.name() == null ? unit.name() : VietnameseText.clean(cmd.name());
		String shortName = cmd.shortName() == null ? unit.shortName() : blankToNull(cmd.shortName());
		if (name.isBlank()) {
			throw new InvalidInputException("name", "unit.input.required");
		}
		if (name.equals(unit.name()) && Objects.equals(shortName, unit.shortName())) {
			throw new InvalidInputException("name", "unit.rename.unchanged");
		}
		this.checks.requireChangeable(unit, cmd.effectiveDate());
		this.periods.rename(unit, name, shortName, cmd);
		return this.periods.changed(unit, "RENAME").toDto();
	}

	public UnitDto move(MoveUnitCmd cmd) {
		UnitChecks.Change change = this.checks.change(cmd.unitId(), cmd.effectiveDate(),
				this.permissions::requireRestructure);
		UnitRecord unit = change.unit();
		UnitRecord parent = this.checks.writableParent(cmd.parentId(), change.caller(), change.scope());
		if (Objects.equals(cmd.parentId(), unit.parentId())) {
			throw RuleViolationException.onField("parentId", "unit.move.sameParent");
		}
		OpenUnitPolicy.unitIsOpen(unit.name(), unit.closedOn()).orThrow();
		UnitChecks.requireOpenParent(parent);
		NoCyclePolicy.check(unit.id(), parent == null ? null : parent.path()).orThrow();
		KindPlacementPolicy.check(unit.kind(), parent == null ? null : parent.kind()).orThrow();
		this.checks.requireDate(unit, cmd.effectiveDate());
		UnitChecks.requireParentBefore(parent, EffectiveDatePolicy.FIELD, cmd.effectiveDate());
		this.periods.place(unit, cmd.parentId(), cmd.effectiveDate(), cmd.decisionRef(), cmd.note());
		return this.periods.changed(unit, "MOVE").toDto();
	}

	public UnitDto close(CloseUnitCmd cmd) {
		UnitRecord unit = this.checks.change(cmd.unitId(), cmd.effectiveDate(), this.permissions::requireRestructure)
			.unit();
		OpenUnitPolicy.unitIsOpen(unit.name(), unit.closedOn()).orThrow();
		OpenUnitPolicy.noOpenChildren(unit.name(), this.units.openChildren(unit.id()).size()).orThrow();
		this.checks.requireDate(unit, cmd.effectiveDate());
		this.periods.end(unit, UnitChange.CLOSED, cmd.effectiveDate(), null, cmd.decisionRef(), cmd.note());
		return this.periods.changed(unit, "CLOSE").toDto();
	}

	public UnitDto merge(MergeUnitsCmd cmd) {
		Caller caller = CurrentCaller.require();
		UnitScope scope = this.checks.scope(caller);
		if (cmd.sourceIds().isEmpty()) {
			throw new InvalidInputException("sourceIds", "unit.merge.noSources");
		}
		if ((cmd.targetId() == null) == (cmd.newTarget() == null)) {
			throw new InvalidInputException("targetId", "unit.merge.oneTarget");
		}
		UnitChecks.required("effectiveDate", cmd.effectiveDate());
		LocalDate on = cmd.effectiveDate();
		List<UnitRecord> sources = lockSources(cmd.sourceIds(), caller, scope, on);
		String sourceNames = sources.stream().map(UnitRecord::name).collect(Collectors.joining(", "));
		UnitRecord target = mergeTarget(cmd, caller, scope, sourceNames);
		for (UnitRecord source : sources) {
			if (source.kind().family() != target.kind().family()) {
				throw RuleViolationException.onField("sourceIds", "unit.merge.crossFamily", source.name());
			}
			if (target.path().startsWith(source.path())) {
				throw RuleViolationException.onField("targetId", "unit.merge.targetInsideSource", source.name());
			}
		}
		for (UnitRecord source : sources) {
			mergeAway(source, target, cmd);
		}
		if (cmd.targetId() != null) {
			this.units.endCurrentPeriod(target.id(), on);
			this.units.addHistory(target.id(), UnitChange.MERGED, on, null, target.name(), target.shortName(),
					target.parentId(), blankToNull(cmd.decisionRef()),
					note(cmd.note(), text("unit.history.mergedFrom", sourceNames)), CurrentCaller.actorName());
			this.periods.changed(target, "MERGE");
		}
		this.events.publishEvent(new UnitsMerged(sources.stream().map(UnitRecord::id).toList(), target.id(), on));
		return this.units.find(target.id()).orElseThrow().toDto();
	}

	/**
	 * The database trigger refuses a cycle with SQLSTATE 23514; say it as the policy
	 * does.
	 */
	static RuntimeException translate(DataIntegrityViolationException ex) {
		if (ex.getMostSpecificCause() instanceof SQLException sql && "23514".equals(sql.getSQLState())) {
			return RuleViolationException.onField("parentId", NoCyclePolicy.MESSAGE);
		}
		return ex;
	}

	private List<UnitRecord> lockSources(List<Long> ids, Caller caller, UnitScope scope, LocalDate on) {
		List<UnitRecord> sources = new ArrayList<>();
		for (Long id : new LinkedHashSet<>(ids)) {
			sources.add(this.checks.lockChangeable(id, on, caller, scope, this.permissions::requireRestructure));
		}
		return sources;
	}

	private UnitRecord mergeTarget(MergeUnitsCmd cmd, Caller caller, UnitScope scope, String sourceNames) {
		LocalDate on = cmd.effectiveDate();
		if (cmd.targetId() != null) {
			if (cmd.sourceIds().contains(cmd.targetId())) {
				throw RuleViolationException.onField("targetId", "unit.merge.targetIsSource");
			}
			return this.checks.lockChangeable(cmd.targetId(), on, caller, scope, this.permissions::requireWrite);
		}
		else {
			MergeUnitsCmd.NewTarget t = cmd.newTarget();
			return establish(caller, scope, new CreateUnitCmd(t.code(), t.kind(), t.name(), t.shortName(), t.parentId(),
					null, on, cmd.decisionRef(), text("unit.history.mergedFrom", sourceNames)));
		}
	}

	/**
	 * Moves the source's open children under the target and ends the source as merged.
	 */
	private void mergeAway(UnitRecord source, UnitRecord target, MergeUnitsCmd cmd) {
		LocalDate on = cmd.effectiveDate();
		for (UnitRecord child : this.units.openChildren(source.id())) {
			if (!KindPlacementPolicy.allows(child.kind(), target.kind())) {
				throw RuleViolationException.onField("targetId", "unit.merge.childDoesNotFit", child.name(),
						target.name());
			}
			this.checks.requireDate(child, on);
			this.periods.place(child, target.id(), on, cmd.decisionRef(),
					text("unit.history.movedByMerge", source.name()));
			this.periods.changed(child, "MOVE");
		}
		UnitRecord current = this.units.find(source.id()).orElseThrow();
		this.periods.end(current, UnitChange.MERGED, on, target.id(), cmd.decisionRef(),
				note(cmd.note(), text("unit.history.mergedInto", target.name())));
		this.periods.changed(current, "MERGE");
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, RECORD_LOCALE);
	}

	private static String note(String userNote, String generated) {
		String user = blankToNull(userNote);
		return user == null ? generated : user + " — " + generated;
	}

	static String blankToNull(String s) {
		String clean = VietnameseText.clean(s);
		return clean == null || clean.isEmpty() ? null : clean;
	}

}
