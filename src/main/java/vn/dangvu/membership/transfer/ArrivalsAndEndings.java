package vn.dangvu.membership.transfer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.membership.MemberStatus;
import vn.dangvu.membership.log.EventLog.NewEvent;
import vn.dangvu.membership.log.EventLog;
import vn.dangvu.membership.log.Inputs;
import vn.dangvu.membership.log.PartyStatus;
import vn.dangvu.membership.log.Scoped;
import vn.dangvu.people.MembershipKind;
import vn.dangvu.people.PeopleApi;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.time.VietnamTime;

/**
 * A member arriving from a Party organisation outside the system, and a member struck off
 * the list or expelled. Each writes the log and keeps the person's Party cell in step.
 */
@Service
@RequiredArgsConstructor
class ArrivalsAndEndings {

	private final EventLog log;

	private final PartyStatus membership;

	private final TransferScope scope;

	private final JdbcClient jdbc;

	private final PeopleApi people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** A member arrives from a Party organisation outside the system. */
	@Transactional
	long receiveFromOutside(Caller caller, long personId, long cellId, String otherUnitName, String letterNumber,
			LocalDate letterDate, LocalDate receivedOn, boolean probationary, LocalDate admittedOn) {
		Scoped.requireRecorder(caller);
		this.scope.requireCellInScope(caller, cellId, "cellId");
		if (this.people.find(personId).isEmpty()) {
			throw RuleViolationException.onField("personId", "membership.admission.person.unknown");
		}
		TransferScope.require(Inputs.blankToNull(otherUnitName), "otherUnitName");
		TransferScope.require(Inputs.blankToNull(letterNumber), "letterNumber");
		TransferScope.require(letterDate, "letterDate");
		TransferScope.require(receivedOn, "receivedOn");
		if (receivedOn.isAfter(VietnamTime.today(this.clock))) {
			throw RuleViolationException.onField("receivedOn", "membership.policy.date.future");
		}
		this.log.lockSubject(personId);
		if (this.membership.statusOn(personId, receivedOn).isMember()) {
			throw RuleViolationException.onField("personId", "membership.admission.person.member");
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("standing", probationary ? "PROBATIONARY" : "FULL");
		if (admittedOn != null) {
			details.put("admittedOn", admittedOn.toString());
		}
		long eventId = this.log.append(new NewEvent(personId, "PARTY", "TRANSFER_IN", receivedOn, cellId, null,
				otherUnitName.trim(), letterNumber.trim(), letterDate, null, details));
		long id = this.jdbc.sql("""
				insert into membership_transfer (person_id, kind, to_cell_id, other_unit_name, letter_number,
				  letter_date, moved_on, sent_on, received_on, state, in_event_id, created_by)
				values (:p, 'PERMANENT', :to, :other, :letter, :letterDate, :d, :d, :d, 'RECEIVED', :e, :by)
				returning id""")
			.param("p", personId)
			.param("to", cellId)
			.param("other", otherUnitName.trim())
			.param("letter", letterNumber.trim())
			.param("letterDate", letterDate)
			.param("d", receivedOn)
			.param("e", eventId)
			.param("by", caller.username())
			.query(Long.class)
			.single();
		this.people.changeMembershipUnit(personId, MembershipKind.PARTY, cellId, receivedOn, "TRANSFER_IN");
		this.events.publishEvent(RecordChanged.created("MembershipTransfer", id, cellId, Map.of("personId", personId)));
		return id;
	}

	/** Strikes a member off the list or expels them (STRUCK_OFF / EXPELLED). */
	@Transactional
	void end(Caller caller, long personId, boolean expel, LocalDate on, String decisionNumber, LocalDate decisionDate,
			String reason) {
		Scoped.requireRecorder(caller);
		this.scope.requirePersonInScope(caller, personId);
		TransferScope.require(on, "date");
		TransferScope.require(Inputs.blankToNull(decisionNumber), "documentNumber");
		TransferScope.require(Inputs.blankToNull(reason), "reason");
		if (on.isAfter(VietnamTime.today(this.clock))) {
			throw RuleViolationException.onField("date", "membership.policy.date.future");
		}
		if (reason.length() > 500) {
			throw RuleViolationException.onField("reason", "membership.field.tooLong", 500);
		}
		if (decisionNumber.length() > 60) {
			throw RuleViolationException.onField("documentNumber", "membership.field.tooLong", 60);
		}
		this.log.lockSubject(personId);
		MemberStatus status = this.membership.statusOn(personId, on);
		if (!status.isMember() || status.cellId() == null) {
			throw RuleViolationException.onField("personId", "membership.transfer.notMember");
		}
		this.scope.requireCellInScope(caller, status.cellId(), "personId");
		this.log.append(new NewEvent(personId, "PARTY", expel ? "EXPELLED" : "STRUCK_OFF", on, status.cellId(), null,
				null, decisionNumber.trim(), decisionDate == null ? on : decisionDate, reason.trim(), Map.of()));
		this.people.changeMembershipUnit(personId, MembershipKind.PARTY, null, on, expel ? "EXPELLED" : "STRUCK_OFF");
	}

}
