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
import vn.dangvu.platform.error.ConflictException;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.rules.RulesApi;

/**
 * Transfers between cells (the sending cell records, the receiving cell confirms), to
 * Party organisations outside the system, and temporary transfers. Each writes the log
 * and keeps the person's Party cell in step.
 */
@Service
@RequiredArgsConstructor
class TransferCommands {

	private final JdbcClient jdbc;

	private final PartyStatus membership;

	private final PeopleApi people;

	private final RulesApi rules;

	private final EventLog log;

	private final TransferScope scope;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * A transfer to record. {@code toCellId} for a cell in the system, else
	 * {@code otherUnitName} with the letter.
	 */
	record TransferInput(long personId, boolean temporary, boolean study, Long toCellId, String otherUnitName,
			String letterNumber, LocalDate letterDate, LocalDate movedOn, LocalDate sentOn, LocalDate plannedUntil) {

	}

	/** The sending cell records a transfer out (permanent or temporary). */
	@Transactional
	long send(Caller caller, TransferInput in) {
		Scoped.requireRecorder(caller);
		this.scope.requirePersonInScope(caller, in.personId());
		LocalDate movedOn = checkSendDates(in);
		this.log.lockSubject(in.personId());
		refuseTransferUnderWay(caller, in.personId());
		MemberStatus status = memberToSend(caller, in, movedOn);
		String otherName = destination(in, status);
		checkLetterAndStay(in);
		Long to = in.toCellId();
		Map<String, Object> details = new LinkedHashMap<>();
		if (in.temporary()) {
			details.put("plannedUntil", in.plannedUntil().toString());
			details.put("purpose", in.study() ? "STUDY" : "STAY");
		}
		long eventId = this.log.append(new NewEvent(in.personId(), "PARTY",
				in.temporary() ? "TEMPORARY_OUT" : "TRANSFER_OUT", in.sentOn(), status.cellId(), to, otherName,
				Inputs.blankToNull(in.letterNumber()), in.letterDate(), null, details));
		long id = insertSent(caller, in, status.cellId(), otherName, movedOn, eventId);
		if (!in.temporary() && to == null) {
			this.people.changeMembershipUnit(in.personId(), MembershipKind.PARTY, null, in.sentOn(), "TRANSFER_OUT");
			this.jdbc.sql("update membership_transfer set state = 'RECEIVED', received_on = :d where id = :id")
				.param("d", in.sentOn())
				.param("id", id)
				.update();
		}
		this.events.publishEvent(RecordChanged.created("MembershipTransfer", id, status.cellId(),
				Map.of("personId", in.personId(), "kind", in.temporary() ? "TEMPORARY" : "PERMANENT")));
		return id;
	}

	/**
	 * The day sent is given, not in the future, not before the move; answers the move
	 * day.
	 */
	private LocalDate checkSendDates(TransferInput in) {
		LocalDate today = VietnamTime.today(this.clock);
		TransferScope.require(in.sentOn(), "sentOn");
		LocalDate movedOn = in.movedOn() == null ? in.sentOn() : in.movedOn();
		if (in.sentOn().isAfter(today)) {
			throw RuleViolationException.onField("sentOn", "membership.policy.date.future");
		}
		if (in.sentOn().isBefore(movedOn)) {
			throw RuleViolationException.onField("sentOn", "membership.policy.date.beforePrevious");
		}
		return movedOn;
	}

	/**
	 * A transfer already sent and not yet received (the twin of this request, say) comes
	 * first.
	 */
	private void refuseTransferUnderWay(Caller caller, long personId) {
		java.util.Optional<Long> pendingFrom = this.jdbc.sql("""
				select from_cell_id from membership_transfer where person_id = :p and state = 'SENT'
				order by id limit 1""").param("p", personId).query(Long.class).optional();
		if (pendingFrom.isPresent()) {
			this.scope.requireCellInScope(caller, pendingFrom.get(), "personId");
			throw new ConflictException("personId", "membership.transfer.underWay");
		}
	}

	/** The member's standing on the day sent, in a cell of the caller's scope. */
	private MemberStatus memberToSend(Caller caller, TransferInput in, LocalDate movedOn) {
		if (in.movedOn() != null && !this.membership.statusOn(in.personId(), movedOn).isMember()) {
			throw RuleViolationException.onField("movedOn", "membership.transfer.movedOn.notMember");
		}
		MemberStatus status = this.membership.statusOn(in.personId(), in.sentOn());
		if (!status.isMember() || status.cellId() == null) {
			throw RuleViolationException.onField("personId", "membership.transfer.notMember");
		}
		this.scope.requireCellInScope(caller, status.cellId(), "personId");
		return status;
	}

	/**
	 * An open cell other than the member's, or an organisation outside the system with
	 * the letter; answers the outside organisation's name (null for a cell).
	 */
	private String destination(TransferInput in, MemberStatus status) {
		Long to = in.toCellId();
		String otherName = Inputs.blankToNull(in.otherUnitName());
		if (to == null && otherName == null) {
			throw RuleViolationException.onField("toCellId", "membership.transfer.destination.required");
		}
		if (to != null) {
			String kind = this.jdbc.sql("select kind from unit_ref where id = :id and closed_on is null")
				.param("id", to)
				.query(String.class)
				.optional()
				.orElseThrow(() -> RuleViolationException.onField("toCellId", "membership.admission.cell.unknown"));
			if (!"CELL".equals(kind)) {
				throw RuleViolationException.onField("toCellId", "membership.admission.cell.notCell");
			}
			if (to.equals(status.cellId())) {
				throw RuleViolationException.onField("toCellId", "membership.transfer.sameCell");
			}
			return null;
		}
		TransferScope.require(Inputs.blankToNull(in.letterNumber()), "letterNumber");
		TransferScope.require(in.letterDate(), "letterDate");
		if (otherName.length() > 255) {
			throw RuleViolationException.onField("otherUnitName", "membership.field.tooLong", 255);
		}
		return otherName;
	}

	/**
	 * The letter number's length, and TemporaryTransferPolicy for a temporary transfer.
	 */
	private void checkLetterAndStay(TransferInput in) {
		if (in.letterNumber() != null && in.letterNumber().length() > 60) {
			throw RuleViolationException.onField("letterNumber", "membership.field.tooLong", 60);
		}
		if (in.temporary()) {
			TemporaryTransferPolicy
				.check(in.sentOn(), in.plannedUntil(), in.study(),
						this.rules.valueOn("membership.transfer.temporary.min-months", in.sentOn()),
						this.rules.valueOn("membership.transfer.temporary.max-months-stay", in.sentOn()),
						this.rules.valueOn("membership.transfer.temporary.max-months-study", in.sentOn()))
				.orThrow("plannedUntil");
		}
	}

	private long insertSent(Caller caller, TransferInput in, Long fromCellId, String otherName, LocalDate movedOn,
			long eventId) {
		return this.jdbc.sql("""
				insert into membership_transfer (person_id, kind, purpose, from_cell_id, to_cell_id, other_unit_name,
				  letter_number, letter_date, moved_on, sent_on, planned_until, state, out_event_id, created_by)
				values (:p, :kind, :purpose, :from, :to, :other, :letter, :letterDate, :moved, :sent, :until, 'SENT',
				  :event, :by) returning id""")
			.param("p", in.personId())
			.param("kind", in.temporary() ? "TEMPORARY" : "PERMANENT")
			.param("purpose", in.temporary() ? (in.study() ? "STUDY" : "STAY") : null)
			.param("from", fromCellId)
			.param("to", in.toCellId())
			.param("other", otherName)
			.param("letter", Inputs.blankToNull(in.letterNumber()))
			.param("letterDate", in.letterDate())
			.param("moved", movedOn)
			.param("sent", in.sentOn())
			.param("until", in.temporary() ? in.plannedUntil() : null)
			.param("event", eventId)
			.param("by", caller.username())
			.query(Long.class)
			.single();
	}

	/** The receiving cell confirms the member presented the letter. */
	@Transactional
	void receive(Caller caller, long transferId, LocalDate receivedOn) {
		Scoped.requireRecorder(caller);
		TransferScope.require(receivedOn, "receivedOn");
		var row = this.jdbc.sql("""
				select person_id, kind, from_cell_id, to_cell_id, sent_on, state, letter_number, letter_date
				from membership_transfer where id = :id for update""")
			.param("id", transferId)
			.query((rs,
					n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class),
							rs.getObject(4, Long.class), rs.getObject(5, LocalDate.class), rs.getString(6),
							rs.getString(7), rs.getObject(8, LocalDate.class) })
			.optional()
			.orElseThrow(() -> NotFoundException.of("transfer", transferId));
		Long to = (Long) row[3];
		if (to == null || !this.scope.cellInScope(caller, to)) {
			throw NotFoundException.of("transfer", transferId);
		}
		if (!"SENT".equals(row[5])) {
			throw RuleViolationException.onField("receivedOn", "membership.transfer.notUnderWay");
		}
		if (receivedOn.isBefore((LocalDate) row[4]) || receivedOn.isAfter(VietnamTime.today(this.clock))) {
			throw RuleViolationException.onField("receivedOn", "membership.policy.date.beforePrevious");
		}
		long personId = (Long) row[0];
		this.log.lockSubject(personId);
		Long eventId = null;
		if ("PERMANENT".equals(row[1])) {
			eventId = this.log.append(new NewEvent(personId, "PARTY", "TRANSFER_IN", receivedOn, to, (Long) row[2],
					null, (String) row[6], (LocalDate) row[7], null, Map.of("transferId", transferId)));
			this.people.changeMembershipUnit(personId, MembershipKind.PARTY, to, receivedOn, "TRANSFER_IN");
		}
		this.jdbc
			.sql("update membership_transfer set state = 'RECEIVED', received_on = :d, in_event_id = :e where id = :id")
			.param("d", receivedOn)
			.param("e", eventId)
			.param("id", transferId)
			.update();
		this.events.publishEvent(RecordChanged.updated("MembershipTransfer", transferId, "RECEIVE", to,
				Map.of("state", row[5]), Map.of("state", "RECEIVED", "receivedOn", receivedOn.toString())));
	}

	/** A temporarily transferred member is back at the home cell. */
	@Transactional
	void back(Caller caller, long transferId, LocalDate backOn) {
		Scoped.requireRecorder(caller);
		TransferScope.require(backOn, "backOn");
		var row = this.jdbc.sql(
				"select person_id, kind, from_cell_id, sent_on, state from membership_transfer where id = :id for update")
			.param("id", transferId)
			.query((rs,
					n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class),
							rs.getObject(4, LocalDate.class), rs.getString(5) })
			.optional()
			.orElseThrow(() -> NotFoundException.of("transfer", transferId));
		Long from = (Long) row[2];
		if (from == null || !this.scope.cellInScope(caller, from)) {
			throw NotFoundException.of("transfer", transferId);
		}
		if (!"TEMPORARY".equals(row[1]) || "BACK".equals(row[4])) {
			throw RuleViolationException.onField("backOn", "membership.transfer.notUnderWay");
		}
		this.log.lockSubject((Long) row[0]);
		if (backOn.isBefore((LocalDate) row[3]) || backOn.isAfter(VietnamTime.today(this.clock))) {
			throw RuleViolationException.onField("backOn", "membership.policy.date.beforePrevious");
		}
		this.log.append(new NewEvent((Long) row[0], "PARTY", "TEMPORARY_BACK", backOn, from, null, null, null, null,
				null, Map.of("transferId", transferId)));
		this.jdbc.sql("update membership_transfer set state = 'BACK', back_on = :d where id = :id")
			.param("d", backOn)
			.param("id", transferId)
			.update();
		this.events.publishEvent(RecordChanged.updated("MembershipTransfer", transferId, "BACK", from,
				Map.of("state", row[4]), Map.of("state", "BACK")));
	}

}
