package vn.dangvu.organisation.tree;

import java.time.LocalDate;

import vn.dangvu.organisation.UnitKind;

/** Establish a unit; {@code parentId} null makes a root (administrators only). */
public record CreateUnitCmd(String code, UnitKind kind, String name, String shortName, Long parentId, Long ledById,
		LocalDate establishedOn, String decisionRef, String note) {

}
