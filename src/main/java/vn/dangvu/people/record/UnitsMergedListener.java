package vn.dangvu.people.record;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.dangvu.organisation.UnitsMerged;

/**
 * When units merge, their people move to the target unit in the same transaction, so a
 * merge never leaves anyone in a closed unit.
 */
@Component
@RequiredArgsConstructor
class UnitsMergedListener {

	private static final Logger log = LoggerFactory.getLogger(UnitsMergedListener.class);

	private final PersonService people;

	@EventListener
	void on(UnitsMerged merged) {
		int moved = this.people.moveOnMerge(merged.sourceUnitIds(), merged.targetUnitId(), merged.effectiveOn());
		log.info("Units {} merged into {}: {} persons moved", merged.sourceUnitIds(), merged.targetUnitId(), moved);
	}

}
