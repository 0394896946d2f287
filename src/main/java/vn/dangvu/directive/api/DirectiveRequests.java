package vn.dangvu.directive.api;

import java.time.LocalDate;
import java.util.List;

/** JSON bodies of the directive API. */
final class DirectiveRequests {

	private DirectiveRequests() {
	}

	record Register(String citation, String type, Long issuerId, LocalDate issueDate, String summary, Long termId,
			LocalDate effectiveOn, String fullText, Long ownerUnitId) {

	}

	record Link(Long toId, String kind, LocalDate effectiveOn) {

	}

	record Due(String kind, LocalDate dueOn, Integer days, Integer workingDays) {

	}

	record Assign(Long fromUnitId, List<Long> unitIds, Long allCellsUnder, LocalDate assignedOn, List<Due> actions) {

	}

	record Action(LocalDate doneOn, Integer present, Integer total, Long reportDocumentId, Long attachmentId,
			String note) {

	}

	record Mark(Boolean studied) {

	}

}
