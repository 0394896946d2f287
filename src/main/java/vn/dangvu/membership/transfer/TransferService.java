package vn.dangvu.membership.transfer;

import vn.dangvu.membership.log.Scoped;
import vn.dangvu.membership.log.EventLog;
import vn.dangvu.membership.log.Inputs;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.membership.MemberStatus;
import vn.dangvu.membership.log.PartyStatus;
import vn.dangvu.membership.log.EventLog.NewEvent;
import vn.dangvu.organisation.UnitScope;
import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.people.MembershipKind;
import vn.dangvu.people.PeopleApi;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.ConflictException;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.rules.RulesApi;
import vn.dangvu.platform.time.VietnamTime;

/**
 * Transfers between cells (the sending cell records, the receiving cell confirms), to and
 * from Party organisations outside the system, temporary transfers, striking off and
 * expulsion. Each writes the log and keeps the person's Party cell in step.
 */
@Service
public class TransferService {

	private final JdbcClient jdbc;

	private final UnitScopes scopes;

	private final PartyStatus membership;

	private final PeopleApi people;

	private final RulesApi rules;

	private final EventLog log;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TransferService(JdbcClient jdbc, UnitScopes scopes, PartyStatus membership, PeopleApi people, RulesApi rules,
			EventLog log, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.membership = membership;
		this.people = people;
		this.rules = rules;
		this.log = log;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A transfer to record. {@code toCellId} for a cell in the system, else
	 * {@code otherUnitName} with the letter.
	 */
	public record TransferInput(long personId, boolean temporary, boolean study, Long toCellId, String otherUnitName,
			String letterNumber, LocalDate letterDate, LocalDate movedOn, LocalDate sentOn, LocalDate plannedUntil) {

	}

	/** A transfer as listed, with its deadlines. */
	public record TransferRow(long id, long personId, String personName, String kind, Long fromCellId,
			String fromCellName, Long toCellId, String toCellName, String letterNumber, LocalDate letterDate,
			LocalDate movedOn, LocalDate sentOn, LocalDate receivedOn, LocalDate plannedUntil, String state,
			LocalDate sendDeadline, LocalDate presentDeadline, boolean mayReceive, boolean mayBringBack) {

		public boolean underWay() {
			return "SENT".equals(this.state) || ("RECEIVED".equals(this.state) && "TEMPORARY".equals(this.kind));
		}

	}

	@Transactional(readOnly = true)
	public List<TransferRow> list(Caller caller, boolean underWayOnly) {
		return list(caller, null, underWayOnly);
	}

	/**
	 * Transfers whose sending or receiving cell is in the caller's scope (and, when
	 * {@code unitId} is given, in that unit's subtree; a unit out of scope is 404).
	 */
	@Transactional(readOnly = true)
	public List<TransferRow> list(Caller caller, Long unitId, boolean underWayOnly) {
		Map<String, Object> params = new HashMap<>();
		String state = underWayOnly ? " and (m.state = 'SENT' or (m.kind = 'TEMPORARY' and m.state = 'RECEIVED'))" : "";
		if (unitId != null) {
			if (!cellInScope(caller, unitId)) {
				throw NotFoundException.of("unit", unitId);
			}
			params.put("unit", unitId);
			state += " and (f.path like (select path from unit_ref where id = :unit) || '%'"
					+ " or t.path like (select path from unit_ref where id = :unit) || '%')";
		}
		return rows(caller, state, params);
	}

	/** One transfer the caller may see (sending or receiving side), else 404. */
	@Transactional(readOnly = true)
	public TransferRow find(Caller caller, long transferId) {
		return rows(caller, " and m.id = :id", Map.of("id", transferId)).stream()
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("transfer", transferId));
	}

	private List<TransferRow> rows(Caller caller, String state, Map<String, Object> extra) {
		UnitScope scope = this.scopes.of(caller);
		Map<String, Object> params = new HashMap<>(scope.params());
		params.putAll(extra);
		String cond = "(" + UnitScope.condition("f") + " or " + UnitScope.condition("t") + ")";
		return this.jdbc.sql("""
				select m.id, m.person_id, p.full_name, m.kind, m.from_cell_id, coalesce(f.name, m.other_unit_name),
				  m.to_cell_id, coalesce(t.name, m.other_unit_name), m.letter_number, m.letter_date, m.moved_on,
				  m.sent_on, m.received_on, m.planned_until, m.state,
				  %s, %s
				from membership_transfer m join person_ref p on p.id = m.person_id
				  left join unit_ref f on f.id = m.from_cell_id left join unit_ref t on t.id = m.to_cell_id
				where %s %s order by m.state = 'SENT' desc, m.id desc limit 500"""
			.formatted(UnitScope.condition("t"), UnitScope.condition("f"), cond, state))
			.params(params)
			.query((rs, n) -> {
				LocalDate moved = rs.getObject(11, LocalDate.class);
				LocalDate sent = rs.getObject(12, LocalDate.class);
				String kind = rs.getString(4);
				String st = rs.getString(15);
				boolean permanent = "PERMANENT".equals(kind);
				LocalDate sendDeadline = permanent ? deadline("membership.transfer.start-deadline-working-days", moved)
						: null;
				LocalDate presentDeadline = deadline("membership.transfer.present-deadline-working-days", sent);
				Long to = rs.getObject(7, Long.class);
				return new TransferRow(rs.getLong(1), rs.getLong(2), rs.getString(3), kind, rs.getObject(5, Long.class),
						rs.getString(6), to, rs.getString(8), rs.getString(9), rs.getObject(10, LocalDate.class), moved,
						sent, rs.getObject(13, LocalDate.class), rs.getObject(14, LocalDate.class), st, sendDeadline,
						presentDeadline, "SENT".equals(st) && to != null && rs.getBoolean(16),
						"TEMPORARY".equals(kind) && !"BACK".equals(st) && rs.getBoolean(17));
			})
			.list();
	}

	/**
	 * The deadline counted from a day, or none when no rule was in force that day (a
	 * transfer recorded before the rule): a list never fails on one old record.
	 */
	private LocalDate deadline(String rule, LocalDate from) {
		return from == null ? null
				: this.rules.findOn(rule, from).map((v) -> this.rules.addWorkingDays(from, v.asInt())).orElse(null);
	}

	/** The sending cell records a transfer out (permanent or temporary). */
	@Transactional
	public long send(Caller caller, TransferInput in) {
		Scoped.requireRecorder(caller);
		requirePersonInScope(caller, in.personId());
		LocalDate today = VietnamTime.today(this.clock);
		require(in.sentOn(), "sentOn");
		LocalDate movedOn = in.movedOn() == null ? in.sentOn() : in.movedOn();
		if (in.sentOn().isAfter(today)) {
			throw RuleViolationException.onField("sentOn", "membership.policy.date.future");
		}
		if (in.sentOn().isBefore(movedOn)) {
			throw RuleViolationException.onField("sentOn", "membership.policy.date.beforePrevious");
		}
		this.log.lockSubject(in.personId());
		// a transfer already sent and not yet received (the twin of this request, say)
		// comes first
		java.util.Optional<Long> pendingFrom = this.jdbc.sql("""
				select from_cell_id from membership_transfer where person_id = :p and state = 'SENT'
				order by id limit 1""").param("p", in.personId()).query(Long.class).optional();
		if (pendingFrom.isPresent()) {
			requireCellInScope(caller, pendingFrom.get(), "personId");
			throw new ConflictException("personId", "membership.transfer.underWay");
		}
		if (in.movedOn() != null && !this.membership.statusOn(in.personId(), movedOn).isMember()) {
			throw RuleViolationException.onField("movedOn", "membership.transfer.movedOn.notMember");
		}
		MemberStatus status = this.membership.statusOn(in.personId(), in.sentOn());
		if (!status.isMember() || status.cellId() == null) {
			throw RuleViolationException.onField("personId", "membership.transfer.notMember");
		}
		requireCellInScope(caller, status.cellId(), "personId");
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
			otherName = null;
		}
		else {
			require(Inputs.blankToNull(in.letterNumber()), "letterNumber");
			require(in.letterDate(), "letterDate");
			if (otherName.length() > 255) {
				throw RuleViolationException.onField("otherUnitName", "membership.field.tooLong", 255);
			}
		}
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
		Map<String, Object> details = new LinkedHashMap<>();
		if (in.temporary()) {
			details.put("plannedUntil", in.plannedUntil().toString());
			details.put("purpose", in.study() ? "STUDY" : "STAY");
		}
		long eventId = this.log.append(new NewEvent(in.personId(), "PARTY",
				in.temporary() ? "TEMPORARY_OUT" : "TRANSFER_OUT", in.sentOn(), status.cellId(), to, otherName,
				Inputs.blankToNull(in.letterNumber()), in.letterDate(), null, details));
		long id = this.jdbc.sql("""
				insert into membership_transfer (person_id, kind, purpose, from_cell_id, to_cell_id, other_unit_name,
				  letter_number, letter_date, moved_on, sent_on, planned_until, state, out_event_id, created_by)
				values (:p, :kind, :purpose, :from, :to, :other, :letter, :letterDate, :moved, :sent, :until, 'SENT',
				  :event, :by) returning id""")
			.param("p", in.personId())
			.param("kind", in.temporary() ? "TEMPORARY" : "PERMANENT")
			.param("purpose", in.temporary() ? (in.study() ? "STUDY" : "STAY") : null)
			.param("from", status.cellId())
			.param("to", to)
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

	/** The receiving cell confirms the member presented the letter. */
	@Transactional
	public void receive(Caller caller, long transferId, LocalDate receivedOn) {
		Scoped.requireRecorder(caller);
		require(receivedOn, "receivedOn");
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
		if (to == null || !cellInScope(caller, to)) {
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
	public void back(Caller caller, long transferId, LocalDate backOn) {
		Scoped.requireRecorder(caller);
		require(backOn, "backOn");
		var row = this.jdbc.sql(
				"select person_id, kind, from_cell_id, sent_on, state from membership_transfer where id = :id for update")
			.param("id", transferId)
			.query((rs,
					n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class),
							rs.getObject(4, LocalDate.class), rs.getString(5) })
			.optional()
			.orElseThrow(() -> NotFoundException.of("transfer", transferId));
		Long from = (Long) row[2];
		if (from == null || !cellInScope(caller, from)) {
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

	/** A member arrives from a Party organisation outside the system. */
	@Transactional
	public long receiveFromOutside(Caller caller, long personId, long cellId, String otherUnitName, String letterNumber,
			LocalDate letterDate, LocalDate receivedOn, boolean probationary, LocalDate admittedOn) {
		Scoped.requireRecorder(caller);
		requireCellInScope(caller, cellId, "cellId");
		if (this.people.find(personId).isEmpty()) {
			throw RuleViolationException.onField("personId", "membership.admission.person.unknown");
		}
		require(Inputs.blankToNull(otherUnitName), "otherUnitName");
		require(Inputs.blankToNull(letterNumber), "letterNumber");
		require(letterDate, "letterDate");
		require(receivedOn, "receivedOn");
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
	public void end(Caller caller, long personId, boolean expel, LocalDate on, String decisionNumber,
			LocalDate decisionDate, String reason) {
		Scoped.requireRecorder(caller);
		requirePersonInScope(caller, personId);
		require(on, "date");
		require(Inputs.blankToNull(decisionNumber), "documentNumber");
		require(Inputs.blankToNull(reason), "reason");
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
		requireCellInScope(caller, status.cellId(), "personId");
		this.log.append(new NewEvent(personId, "PARTY", expel ? "EXPELLED" : "STRUCK_OFF", on, status.cellId(), null,
				null, decisionNumber.trim(), decisionDate == null ? on : decisionDate, reason.trim(), Map.of()));
		this.people.changeMembershipUnit(personId, MembershipKind.PARTY, null, on, expel ? "EXPELLED" : "STRUCK_OFF");
	}

	boolean cellInScope(Caller caller, long cellId) {
		Map<String, Object> params = new HashMap<>(this.scopes.of(caller).params());
		params.put("id", cellId);
		return this.jdbc.sql("select count(*) from unit_ref u where u.id = :id and " + UnitScope.condition("u"))
			.params(params)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Scope before rules: a person whose cell of membership today (from the event log) is
	 * outside the caller's scope and none of whose units (work, Party, union, youth) lies
	 * in it is not found, member or not, so the answer tells nothing about their
	 * membership.
	 */
	private void requirePersonInScope(Caller caller, long personId) {
		Long cell = this.membership.statusOn(personId, VietnamTime.today(this.clock)).cellId();
		if (cell != null && cellInScope(caller, cell)) {
			return;
		}
		Map<String, Object> params = new HashMap<>(this.scopes.of(caller).params());
		params.put("id", personId);
		boolean inScope = this.jdbc.sql("""
				select count(*) from person_ref p join unit_ref u
				  on u.id in (p.work_unit_id, p.party_unit_id, p.union_unit_id, p.youth_unit_id)
				where p.id = :id and """ + UnitScope.condition("u")).params(params).query(Long.class).single() > 0;
		if (!inScope) {
			throw new NotFoundException("error.notFound.member");
		}
	}

	private void requireCellInScope(Caller caller, long cellId, String field) {
		if (!cellInScope(caller, cellId)) {
			throw "cellId".equals(field) ? RuleViolationException.onField(field, "membership.admission.cell.unknown")
					: new NotFoundException("error.notFound.member");
		}
	}

	private static void require(Object value, String field) {
		if (value == null) {
			throw RuleViolationException.onField(field, "membership.field.required");
		}
	}

}
