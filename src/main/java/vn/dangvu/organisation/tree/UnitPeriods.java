package vn.dangvu.organisation.tree;

import java.time.LocalDate;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import vn.dangvu.organisation.UnitMoved;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.ConflictException;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.text.VietnameseText;

/**
 * The history periods of a unit as the tree changes: placing a unit under a new parent,
 * ending a unit (closed or merged away), and the audit record of every change. Always
 * called inside the changing transaction of {@link UnitService}.
 */
@Component
@RequiredArgsConstructor
class UnitPeriods {

	private final UnitRepository units;

	private final ApplicationEventPublisher events;

	/** Inserts a new unit with its ESTABLISHED period; the checks are done. */
	UnitRecord establish(CreateUnitCmd cmd) {
		String code = cmd.code().trim();
		requireFreeCode(code);
		String name = VietnameseText.clean(cmd.name());
		String shortName = UnitService.blankToNull(cmd.shortName());
		long id;
		try {
			id = this.units.insert(code, cmd.kind(), name, shortName, cmd.parentId(), cmd.ledById(),
					cmd.establishedOn());
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("code", "unit.code.duplicate", code, code);
		}
		this.units.addHistory(id, UnitChange.ESTABLISHED, cmd.establishedOn(), null, name, shortName, cmd.parentId(),
				UnitService.blankToNull(cmd.decisionRef()), UnitService.blankToNull(cmd.note()),
				CurrentCaller.actorName());
		UnitRecord created = this.units.find(id).orElseThrow();
		this.events.publishEvent(RecordChanged.created(UnitService.ENTITY, id, id, created.snapshot()));
		return created;
	}

	/** A new name from the effective date: the current period ends, the next begins. */
	void rename(UnitRecord unit, String name, String shortName, RenameUnitCmd cmd) {
		this.units.endCurrentPeriod(unit.id(), cmd.effectiveDate());
		this.units.addHistory(unit.id(), UnitChange.RENAMED, cmd.effectiveDate(), null, name, shortName,
				unit.parentId(), UnitService.blankToNull(cmd.decisionRef()), UnitService.blankToNull(cmd.note()),
				CurrentCaller.actorName());
		this.units.rename(unit, name, shortName);
	}

	private void requireFreeCode(String code) {
		this.units.findByCode(code).ifPresent((existing) -> {
			throw new ConflictException("code", "unit.code.duplicate", existing.code(), existing.name());
		});
	}

	void place(UnitRecord unit, Long parentId, LocalDate on, String decisionRef, String note) {
		this.units.endCurrentPeriod(unit.id(), on);
		this.units.addHistory(unit.id(), UnitChange.MOVED, on, null, unit.name(), unit.shortName(), parentId,
				UnitService.blankToNull(decisionRef), UnitService.blankToNull(note), CurrentCaller.actorName());
		try {
			this.units.moveUnder(unit.id(), parentId);
		}
		catch (DataIntegrityViolationException ex) {
			throw UnitService.translate(ex);
		}
		String newPath = this.units.find(unit.id()).orElseThrow().path();
		this.events.publishEvent(new UnitMoved(unit.id(), unit.path(), newPath, on));
	}

	/**
	 * Closing and merging away end the unit: its last period stops and it no longer
	 * exists.
	 */
	void end(UnitRecord unit, UnitChange change, LocalDate on, Long mergedInto, String decisionRef, String note) {
		this.units.endCurrentPeriod(unit.id(), on);
		this.units.addHistory(unit.id(), change, on, on, unit.name(), unit.shortName(), unit.parentId(),
				UnitService.blankToNull(decisionRef), UnitService.blankToNull(note), CurrentCaller.actorName());
		this.units.close(unit.id(), on, mergedInto);
	}

	UnitRecord changed(UnitRecord before, String action) {
		UnitRecord after = this.units.find(before.id()).orElseThrow();
		this.events.publishEvent(RecordChanged.updated(UnitService.ENTITY, before.id(), action, before.id(),
				before.snapshot(), after.snapshot()));
		return after;
	}

}
