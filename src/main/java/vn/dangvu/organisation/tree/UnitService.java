package vn.dangvu.organisation.tree;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.organisation.UnitsMerged;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.text.VietnameseText;
import vn.dangvu.platform.time.VietnamTime;

/**
 * Every change to the unit tree: establish, rename, move, merge, close. Each keeps the
 * current state on org_unit, closes the unit's current history period and opens the next,
 * and publishes {@link RecordChanged}.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class UnitService {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	static final String ENTITY = "Unit";

	private static final Locale RECORD_LOCALE = Locale.forLanguageTag("vi");

	private final UnitRepository units;

	private final UnitScopes scopes;

	private final UnitPermissions permissions;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	private final UnitPeriods periods;

	LocalDate today() {
		return VietnamTime.today(this.clock);
	}

	public UnitDto create(CreateUnitCmd cmd) {
		Caller caller = CurrentCaller.require();
		UnitScope scope = this.scopes.of(caller);
		return establish(caller, scope, cmd).toDto();
	}

	private UnitRecord establish(Caller caller, UnitScope scope, CreateUnitCmd cmd) {
		required("code", cmd.code());
		required("kind", cmd.kind());
		required("name", cmd.name());
		required("establishedOn", cmd.establishedOn());
		UnitRecord parent = writableParent(cmd.parentId(), caller, scope);
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
		requireOpenParent(parent);
		EffectiveDatePolicy.check(cmd.establishedOn(), null, null, today()).orThrow("establishedOn");
		requireParentBefore(parent, "establishedOn", cmd.establishedOn());
		LeadershipPolicy.check(cmd.kind(), leader == null ? null : leader.kind()).orThrow();
		return this.periods.establish(cmd);
	}

	public UnitDto rename(RenameUnitCmd cmd) {
		UnitRecord unit = change(cmd.unitId(), cmd.effectiveDate(), this.permissions::requireWrite).unit();
		String name = cmd.name() == null ? unit.name() : VietnameseText.clean(cmd.name());
		String shortName = cmd.shortName() == null ? unit.shortName() : blankToNull(cmd.shortName());
		if (name.isBlank()) {
			throw new InvalidInputException("name", "unit.input.required");
		}
		if (name.equals(unit.name()) && Objects.equals(shortName, unit.shortName())) {
			throw new InvalidInputException("name", "unit.rename.unchanged");
		}
		requireChangeable(unit, cmd.effectiveDate());
		this.periods.rename(unit, name, shortName, cmd);
		return this.periods.changed(unit, "RENAME").toDto();
	}

	public UnitDto move(MoveUnitCmd cmd) {
		Change change = change(cmd.unitId(), cmd.effectiveDate(), this.permissions::requireRestructure);
		UnitRecord unit = change.unit();
		UnitRecord parent = writableParent(cmd.parentId(), change.caller(), change.scope());
		if (Objects.equals(cmd.parentId(), unit.parentId())) {
			throw RuleViolationException.onField("parentId", "unit.move.sameParent");
		}
		OpenUnitPolicy.unitIsOpen(unit.name(), unit.closedOn()).orThrow();
		requireOpenParent(parent);
		NoCyclePolicy.check(unit.id(), parent == null ? null : parent.path()).orThrow();
		KindPlacementPolicy.check(unit.kind(), parent == null ? null : parent.kind()).orThrow();
		requireDate(unit, cmd.effectiveDate());
		requireParentBefore(parent, EffectiveDatePolicy.FIELD, cmd.effectiveDate());
		this.periods.place(unit, cmd.parentId(), cmd.effectiveDate(), cmd.decisionRef(), cmd.note());
		return this.periods.changed(unit, "MOVE").toDto();
	}

	public UnitDto close(CloseUnitCmd cmd) {
		UnitRecord unit = change(cmd.unitId(), cmd.effectiveDate(), this.permissions::requireRestructure).unit();
		OpenUnitPolicy.unitIsOpen(unit.name(), unit.closedOn()).orThrow();
		OpenUnitPolicy.noOpenChildren(unit.name(), this.units.openChildren(unit.id()).size()).orThrow();
		requireDate(unit, cmd.effectiveDate());
		this.periods.end(unit, UnitChange.CLOSED, cmd.effectiveDate(), null, cmd.decisionRef(), cmd.note());
		return this.periods.changed(unit, "CLOSE").toDto();
	}

	public UnitDto merge(MergeUnitsCmd cmd) {
		Caller caller = CurrentCaller.require();
		UnitScope scope = this.scopes.of(caller);
		if (cmd.sourceIds().isEmpty()) {
			throw new InvalidInputException("sourceIds", "unit.merge.noSources");
		}
		if ((cmd.targetId() == null) == (cmd.newTarget() == null)) {
			throw new InvalidInputException("targetId", "unit.merge.oneTarget");
		}
		required("effectiveDate", cmd.effectiveDate());
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
			sources.add(lockChangeable(id, on, caller, scope, this.permissions::requireRestructure));
		}
		return sources;
	}

	private UnitRecord mergeTarget(MergeUnitsCmd cmd, Caller caller, UnitScope scope, String sourceNames) {
		LocalDate on = cmd.effectiveDate();
		if (cmd.targetId() != null) {
			if (cmd.sourceIds().contains(cmd.targetId())) {
				throw RuleViolationException.onField("targetId", "unit.merge.targetIsSource");
			}
			return lockChangeable(cmd.targetId(), on, caller, scope, this.permissions::requireWrite);
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
			requireDate(child, on);
			this.periods.place(child, target.id(), on, cmd.decisionRef(),
					text("unit.history.movedByMerge", source.name()));
			this.periods.changed(child, "MOVE");
		}
		UnitRecord current = this.units.find(source.id()).orElseThrow();
		this.periods.end(current, UnitChange.MERGED, on, target.id(), cmd.decisionRef(),
				note(cmd.note(), text("unit.history.mergedInto", target.name())));
		this.periods.changed(current, "MERGE");
	}

	/** Who changes which unit: the unit locked, in scope and allowed to the caller. */
	private record Change(Caller caller, UnitScope scope, UnitRecord unit) {
	}

	/** A right the caller needs on a unit ({@link UnitPermissions}). */
	@FunctionalInterface
	private interface Right {

		void require(Caller caller, UnitScope scope, UnitDto unit);

	}

	/**
	 * The unit a command changes, locked, in the caller's scope and allowed by the right;
	 * the change's effective date is required.
	 */
	private Change change(long unitId, LocalDate effectiveDate, Right right) {
		Caller caller = CurrentCaller.require();
		UnitScope scope = this.scopes.of(caller);
		UnitRecord unit = lockVisible(unitId, scope);
		right.require(caller, scope, unit.toDto());
		required("effectiveDate", effectiveDate);
		return new Change(caller, scope, unit);
	}

	/**
	 * A unit locked, allowed by the right, open and with the change's date fitting its
	 * history.
	 */
	private UnitRecord lockChangeable(long id, LocalDate on, Caller caller, UnitScope scope, Right right) {
		UnitRecord unit = lockVisible(id, scope);
		right.require(caller, scope, unit.toDto());
		requireChangeable(unit, on);
		return unit;
	}

	/**
	 * The new parent the caller may write under, or null for a root (which needs its own
	 * right).
	 */
	private UnitRecord writableParent(Long parentId, Caller caller, UnitScope scope) {
		if (parentId == null) {
			this.permissions.requireRootCreation(caller);
			return null;
		}
		UnitRecord parent = visible(parentId, scope);
		this.permissions.requireWrite(caller, scope, parent.toDto());
		return parent;
	}

	/** The unit is open and the change's date fits its history. */
	private void requireChangeable(UnitRecord unit, LocalDate on) {
		OpenUnitPolicy.unitIsOpen(unit.name(), unit.closedOn()).orThrow();
		requireDate(unit, on);
	}

	private void requireDate(UnitRecord unit, LocalDate on) {
		EffectiveDatePolicy.check(on, unit.establishedOn(), this.units.latestChange(unit.id()), today())
			.orThrow(EffectiveDatePolicy.FIELD);
	}

	private static void requireOpenParent(UnitRecord parent) {
		if (parent != null) {
			OpenUnitPolicy.parentIsOpen(parent.name(), parent.closedOn()).orThrow();
		}
	}

	private static void requireParentBefore(UnitRecord parent, String field, LocalDate on) {
		if (parent != null) {
			EffectiveDatePolicy.checkAgainstParent(on, parent.establishedOn()).orThrow(field);
		}
	}

	private UnitRecord visible(long id, UnitScope scope) {
		return this.units.find(id)
			.filter((u) -> scope.covers(u.path()))
			.orElseThrow(() -> NotFoundException.of("unit", id));
	}

	private UnitRecord lockVisible(long id, UnitScope scope) {
		return this.units.lock(id)
			.filter((u) -> scope.covers(u.path()))
			.orElseThrow(() -> NotFoundException.of("unit", id));
	}

	private static void required(String field, Object value) {
		if (value == null || (value instanceof String s && s.isBlank())) {
			throw new InvalidInputException(field, "unit.input.required");
		}
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
