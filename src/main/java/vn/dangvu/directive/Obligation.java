package vn.dangvu.directive;

import java.time.LocalDate;

/** One required action of a unit on an assigned directive, with its status on a day. */
public record Obligation(long documentId, String citation, String summary, long unitId, String unitName,
		ActionKind kind, LocalDate dueOn, LocalDate doneOn, ActionStatus status) {

}
