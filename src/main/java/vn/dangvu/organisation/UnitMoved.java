package vn.dangvu.organisation;

import java.time.LocalDate;

/**
 * A unit was placed under another parent (a move, or a merge re-parenting the children of
 * a source): the paths of the unit and its whole subtree changed from {@code oldPath} to
 * {@code newPath} as prefix. Published inside the moving transaction, after the paths
 * were rewritten, so that read models keyed by path can follow.
 */
public record UnitMoved(long unitId, String oldPath, String newPath, LocalDate effectiveOn) {
}
