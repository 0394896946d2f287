package vn.dangvu.directive;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A directive × units matrix on a day: one row per assigned unit in the caller's scope
 * (paged), the status of each required action, and the shares done through the whole
 * visible subtree.
 */
public record TrackingBoard(long documentId, String citation, LocalDate today, Summary summary, List<Row> rows,
		int page, int size, long totalRows) {

	public record Row(long assignmentId, long unitId, String unitCode, String unitName, int depth, String fromUnitName,
			LocalDate assignedOn, Map<ActionKind, Cell> actions) {

		public boolean hasOverdue() {
			return this.actions.values().stream().anyMatch((c) -> c.status() == ActionStatus.OVERDUE);
		}

	}

	public record Cell(LocalDate dueOn, LocalDate doneOn, ActionStatus status, Integer present, Integer total,
			Long reportDocumentId, String reportCitation) {

	}

	/**
	 * Counts over every visible assigned unit: actions required, done, overdue, due soon;
	 * units assigned and units with every action done.
	 */
	public record Summary(long units, long unitsComplete, long actions, long actionsDone, long actionsOverdue,
			long actionsDueSoon) {

		/** Share of actions done, 0..100 (whole percent, rounded down). */
		public int percentDone() {
			return this.actions == 0 ? 0 : (int) (this.actionsDone * 100 / this.actions);
		}

	}

}
