package vn.dangvu.directive.cascade;

import java.time.LocalDate;
import java.util.List;

/** JSON bodies of the cascade API. */
final class CascadeRequests {

	private CascadeRequests() {
	}

	record Due(String kind, LocalDate dueOn, Integer days, Integer workingDays) {

	}

	record Assign(Long fromUnitId, List<Long> unitIds, Long allCellsUnder, LocalDate assignedOn, List<Due> actions) {

	}

	record Action(LocalDate doneOn, Integer present, Integer total, Long reportDocumentId, Long attachmentId,
			String note) {

	}

}
