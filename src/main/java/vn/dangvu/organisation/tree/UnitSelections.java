package vn.dangvu.organisation.tree;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.organisation.UnitDto;
import vn.dangvu.organisation.UnitScope;
import vn.dangvu.organisation.UnitSelection;
import vn.dangvu.platform.error.RuleViolationException;

/**
 * The target units of a cascade (decision 0273): the units named, each in the scope and
 * open, then the open cells under each unit named in {@code allCellsUnder} (in the
 * scope), without repeats, in that order; the cells are read with one statement per unit
 * so a selection of thousands of cells stays cheap.
 */
@Component
@RequiredArgsConstructor
public class UnitSelections {

	private final JdbcClient jdbc;

	@Transactional(readOnly = true)
	public List<UnitDto> select(UnitSelection selection, UnitScope scope) {
		Map<Long, UnitDto> targets = new LinkedHashMap<>();
		if (!selection.unitIds().isEmpty()) {
			Map<Long, UnitDto> found = new LinkedHashMap<>();
			List<Long> ids = selection.unitIds().stream().filter(java.util.Objects::nonNull).distinct().toList();
			this.jdbc.sql("select " + UnitRepository.COLUMNS + " from org_unit u where u.id = any(:ids)")
				.param("ids", ids.toArray(Long[]::new))
				.query(UnitQueries::dto)
				.list()
				.forEach((u) -> found.put(u.id(), u));
			for (Long id : selection.unitIds()) {
				if (id == null) {
					throw RuleViolationException.onField("unitIds", "unit.selection.unknown", "");
				}
				UnitDto u = found.get(id);
				if (u == null || scope.isEmpty() || !scope.covers(u.path())) {
					throw RuleViolationException.onField("unitIds", "unit.selection.unknown", id);
				}
				if (!u.isOpen()) {
					throw RuleViolationException.onField("unitIds", "unit.selection.closed", id);
				}
				targets.put(id, u);
			}
		}
		for (Long underId : selection.allCellsUnder()) {
			UnitDto under = (underId == null) ? null
					: this.jdbc.sql("select " + UnitRepository.COLUMNS + " from org_unit u where u.id = :id")
						.param("id", underId)
						.query(UnitQueries::dto)
						.optional()
						.filter((u) -> !scope.isEmpty() && scope.covers(u.path()))
						.orElse(null);
			if (under == null) {
				throw RuleViolationException.onField("allCellsUnder", "unit.selection.unknown",
						(underId == null) ? "" : underId);
			}
			this.jdbc
				.sql("select " + UnitRepository.COLUMNS
						+ " from org_unit u where u.kind = 'CELL' and u.closed_on is null"
						+ " and u.path like :p and u.id <> :id order by u.path")
				.param("p", under.path() + "%")
				.param("id", under.id())
				.query(UnitQueries::dto)
				.list()
				.forEach((u) -> targets.putIfAbsent(u.id(), u));
		}
		if (targets.isEmpty()) {
			throw RuleViolationException.onField("unitIds", "unit.selection.empty");
		}
		return new ArrayList<>(targets.values());
	}

}
