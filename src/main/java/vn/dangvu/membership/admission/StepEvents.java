package vn.dangvu.membership.admission;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangvu.membership.MemberStatus;
import vn.dangvu.membership.admission.AdmissionFile.StepRecord;
import vn.dangvu.membership.log.EventLog.NewEvent;
import vn.dangvu.membership.log.EventLog;
import vn.dangvu.membership.log.PartyStatus;
import vn.dangvu.people.MembershipKind;
import vn.dangvu.people.PeopleApi;
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.rules.RulesApi;

/**
 * What a recorded step writes to the membership log: the ceremony appends ADMITTED and
 * moves the person's Party cell, the conversion decision appends CONVERTED (dated at the
 * end of probation), the card appends CARD_ISSUED. Other steps write nothing there.
 */
@Component
@RequiredArgsConstructor
class StepEvents {

	private final JdbcClient jdbc;

	private final RulesApi rules;

	private final PeopleApi people;

	private final PartyStatus membership;

	private final EventLog log;

	private final AdmissionFiles files;

	void after(AdmissionFile file, long stepId, AdmissionStep step, LocalDate date, String documentNumber,
			StepInput in) {
		switch (step) {
			case CEREMONY -> admitted(file, stepId, date);
			case CONVERSION_DECISION -> converted(file, stepId, date, documentNumber);
			case CARD -> cardIssued(file, stepId, date, documentNumber, in);
			default -> {
			}
		}
	}

	private void admitted(AdmissionFile file, long stepId, LocalDate date) {
		StepRecord decision = file.find(AdmissionStep.DECISION).orElseThrow();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("decisionNumber", decision.documentNumber());
		details.put("decisionDate", decision.doneOn().toString());
		details.put("admissionId", file.id());
		long eventId = this.log.append(new NewEvent(file.personId(), "PARTY", "ADMITTED", date, file.cellId(), null,
				null, decision.documentNumber(), decision.doneOn(), null, details));
		Long prior = this.people.profileUnscoped(file.personId()).partyUnitId();
		this.jdbc.sql("update admission_step set event_id = :e, prior_unit_id = :u where id = :id")
			.param("e", eventId)
			.param("u", prior)
			.param("id", stepId)
			.update();
		this.people.changeMembershipUnit(file.personId(), MembershipKind.PARTY, file.cellId(), date, "ADMITTED");
		this.files.setState(file, "ADMITTED");
	}

	private void converted(AdmissionFile file, long stepId, LocalDate date, String documentNumber) {
		LocalDate ceremony = file.find(AdmissionStep.CEREMONY).orElseThrow().doneOn();
		LocalDate fullOn = ProbationPolicy.fullMembershipDate(ceremony,
				this.rules.valueOn("membership.probation.months", ceremony));
		MemberStatus status = this.membership.statusOn(file.personId(), fullOn);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("decisionNumber", documentNumber);
		details.put("decisionDate", date.toString());
		details.put("admissionId", file.id());
		file.find(AdmissionStep.CONVERSION_RESOLUTION).ifPresent((r) -> {
			details.put("votesFor", r.votesFor());
			details.put("votersTotal", r.votersTotal());
			details.put("resolutionDate", r.doneOn().toString());
		});
		this.files.linkEvent(stepId,
				this.log.append(new NewEvent(file.personId(), "PARTY", "CONVERTED", fullOn,
						status.cellId() != null ? status.cellId() : file.cellId(), null, null, documentNumber, date,
						null, details)));
		this.files.setState(file, "FULL");
	}

	private void cardIssued(AdmissionFile file, long stepId, LocalDate date, String documentNumber, StepInput in) {
		MemberStatus status = this.membership.statusOn(file.personId(), date);
		this.files.linkEvent(stepId,
				this.log.append(new NewEvent(file.personId(), "PARTY", "CARD_ISSUED", date,
						status.cellId() != null ? status.cellId() : file.cellId(), null, null, documentNumber, date,
						null, Map.of("cardNumber", in.cardNumber().trim()))));
	}

}
