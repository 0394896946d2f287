package vn.dangvu.organisation;

import java.time.LocalDate;

/**
 * A unit as other modules see it. {@code path} is the materialised path ("/1/5/23/");
 * {@code closedOn} is set once the unit was closed or merged away.
 */
public record UnitDto(long id, String code, UnitKind kind, String name, String shortName, Long parentId, String path,
		int depth, LocalDate establishedOn, LocalDate closedOn) {

	public boolean isOpen() {
		return this.closedOn == null;
	}

	/** The short name when there is one, else the full name. */
	public String displayName() {
		return this.shortName == null || this.shortName.isBlank() ? this.name : this.shortName;
	}

}
