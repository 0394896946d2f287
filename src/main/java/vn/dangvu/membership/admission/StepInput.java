package vn.dangvu.membership.admission;

import java.time.LocalDate;
import java.util.List;

/**
 * What a user records for a step; fields a step does not use are ignored.
 *
 * @param exceptionApprover who approved an exception (over-age admission, a late
 * ceremony): the body or person
 * @param exceptionDocument the approving document's number
 */
public record StepInput(AdmissionStep step, LocalDate date, String documentNumber, Integer votesFor,
		Integer votesAgainst, Integer votersTotal, List<Long> introducerIds, boolean youthResolution, String cardNumber,
		String exceptionApprover, String exceptionDocument, String note) {

	public StepInput {
		introducerIds = introducerIds == null ? List.of() : List.copyOf(introducerIds);
	}

	boolean hasException() {
		return this.exceptionApprover != null && !this.exceptionApprover.isBlank() && this.exceptionDocument != null
				&& !this.exceptionDocument.isBlank();
	}

	VoteCount vote() {
		return new VoteCount(this.votesFor, this.votesAgainst, this.votersTotal);
	}

}
