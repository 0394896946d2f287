package vn.dangvu.directive.registry;

import java.time.LocalDate;

/** JSON bodies of the registry API. */
final class RegistryRequests {

	private RegistryRequests() {
	}

	record Register(String citation, String type, Long issuerId, LocalDate issueDate, String summary, Long termId,
			LocalDate effectiveOn, String fullText, Long ownerUnitId) {

	}

	record Link(Long toId, String kind, LocalDate effectiveOn) {

	}

}
