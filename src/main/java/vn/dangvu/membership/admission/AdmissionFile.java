package vn.dangvu.membership.admission;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An admission file with its recorded steps, for the candidate page and the API.
 *
 * @param state OPEN, ADMITTED (probation), FULL, CLOSED
 * @param steps the steps in force (withdrawn ones are in {@code withdrawn})
 * @param closedOn when a CLOSED file was closed, with {@code closedReason}
 */
public record AdmissionFile(long id, long personId, String personName, LocalDate birthDate, long cellId,
		String cellName, String state, LocalDate openedOn, List<StepRecord> steps, LocalDate dueOn, LocalDate closedOn,
		String closedReason, List<WithdrawnStep> withdrawn) {

	/** A step withdrawn as a recording mistake, kept for the history of the file. */
	public record WithdrawnStep(long id, AdmissionStep step, LocalDate doneOn, String documentNumber,
			OffsetDateTime withdrawnAt, String withdrawnBy, String reason) {

	}

	/** A recorded step. */
	public record StepRecord(long id, AdmissionStep step, LocalDate doneOn, String documentNumber, Integer votesFor,
			Integer votesAgainst, Integer votersTotal, List<Long> introducerIds, boolean youthResolution,
			String cardNumber, String exceptionApprover, String exceptionDocument, String note, Long documentId,
			String documentName, String recordedBy) {

	}

	public Optional<StepRecord> find(AdmissionStep step) {
		return this.steps.stream().filter((s) -> s.step() == step).reduce((a, b) -> b);
	}

	public Optional<AdmissionStep> lastStep() {
		return this.steps.stream().map(StepRecord::step).max(Enum::compareTo);
	}

	/** The step to record next (empty when the file is complete or closed). */
	@JsonProperty("nextStep")
	public Optional<AdmissionStep> nextStep() {
		if ("CLOSED".equals(this.state)) {
			return Optional.empty();
		}
		return lastStep().map(AdmissionStep::next).orElse(Optional.of(AdmissionStep.CERTIFICATE));
	}

	public LocalDate lastDate() {
		return this.steps.isEmpty() ? null : this.steps.get(this.steps.size() - 1).doneOn();
	}

}
