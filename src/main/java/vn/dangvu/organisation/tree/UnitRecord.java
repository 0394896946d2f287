package vn.dangvu.organisation.tree;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.dangvu.organisation.UnitDto;
import vn.dangvu.organisation.UnitKind;

/** One row of org_unit: the current state of a unit. */
record UnitRecord(long id, String code, UnitKind kind, String name, String shortName, Long parentId, String path,
		int depth, LocalDate establishedOn, LocalDate closedOn, Long mergedIntoId, Long ledById, long version) {

	boolean isOpen() {
		return this.closedOn == null;
	}

	UnitDto toDto() {
		return new UnitDto(this.id, this.code, this.kind, this.name, this.shortName, this.parentId, this.path,
				this.depth, this.establishedOn, this.closedOn);
	}

	/** The state recorded in the audit trail. */
	Map<String, Object> snapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("code", this.code);
		m.put("kind", this.kind.name());
		m.put("name", this.name);
		m.put("shortName", this.shortName);
		m.put("parentId", this.parentId);
		m.put("path", this.path);
		m.put("establishedOn", this.establishedOn);
		m.put("closedOn", this.closedOn);
		m.put("mergedIntoId", this.mergedIntoId);
		m.put("ledById", this.ledById);
		return m;
	}

}
