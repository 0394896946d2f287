package vn.dangvu.membership.admission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.membership.admission.AdmissionFile.StepRecord;
import vn.dangvu.membership.log.EventLog;
import vn.dangvu.membership.log.Inputs;
import vn.dangvu.membership.log.Scoped;
import vn.dangvu.people.MembershipKind;
import vn.dangvu.people.PeopleApi;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.time.VietnamTime;

/**
 * Corrections of admission files: withdrawing the last step recorded by mistake, closing
 * an open file.
 */
@Service
@RequiredArgsConstructor
class AdmissionCorrections {

	private final JdbcClient jdbc;

	private final PeopleApi people;

	private final EventLog log;

	private final AdmissionFiles files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * Withdraws the last step in force of a file as a recording mistake: the step is
	 * kept, marked withdrawn with the reason; the log event it wrote (ADMITTED,
	 * CONVERTED, CARD_ISSUED) is cancelled by a CORRECTED event; withdrawing the ceremony
	 * puts the person's Party cell back and reopens the file, withdrawing the conversion
	 * decision puts the file back in probation.
	 * @return the withdrawn step
	 */
	@Transactional
	AdmissionStep withdrawLast(Caller caller, long admissionId, String reason) {
		Scoped.requireRecorder(caller);
		AdmissionFile file = this.files.lockAndLoad(caller, admissionId);
		String why = Inputs.blankToNull(reason);
		if (why == null) {
			throw RuleViolationException.onField("reason", "membership.withdraw.reason.required");
		}
		AdmissionFiles.checkLength("reason", why, 500);
		if ("CLOSED".equals(file.state())) {
			throw RuleViolationException.onField("step", "membership.withdraw.closed");
		}
		if (file.steps().isEmpty()) {
			throw RuleViolationException.onField("step", "membership.withdraw.nothing");
		}
		StepRecord last = file.steps().get(file.steps().size() - 1);
		Map<String, Object> link = lockStep(last.id());
		String eventType = switch (last.step()) {
			case CEREMONY -> "ADMITTED";
			case CONVERSION_DECISION -> "CONVERTED";
			case CARD -> "CARD_ISSUED";
			default -> null;
		};
		if (eventType != null) {
			cancelEvent(file, last, eventType, (Long) link.get("event"), why);
		}
		this.jdbc.sql("""
				update admission_step set withdrawn_at = clock_timestamp(), withdrawn_by = :by, withdrawn_reason = :r
				where id = :id""").param("by", caller.username()).param("r", why).param("id", last.id()).update();
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("step", last.step().name());
		before.put("date", last.doneOn().toString());
		before.put("withdrawn", false);
		Map<String, Object> after = new LinkedHashMap<>(before);
		after.put("withdrawn", true);
		after.put("reason", why);
		this.events
			.publishEvent(RecordChanged.updated("AdmissionStep", last.id(), "WITHDRAW", file.cellId(), before, after));
		if (last.step() == AdmissionStep.CEREMONY) {
			this.people.changeMembershipUnit(file.personId(), MembershipKind.PARTY, (Long) link.get("prior"),
					last.doneOn(), "CORRECTED");
			this.files.setState(file, "OPEN");
		}
		else if (last.step() == AdmissionStep.CONVERSION_DECISION) {
			this.files.setState(file, "ADMITTED");
		}
		return last.step();
	}

	/**
	 * Closes an open file: the candidate withdrew, or the cell or the committee did not
	 * admit them. A closed file is kept; the person can be proposed again only in a new
	 * file.
	 */
	@Transactional
	void close(Caller caller, long admissionId, LocalDate closedOn, String reason) {
		Scoped.requireRecorder(caller);
		AdmissionFile file = this.files.lockAndLoad(caller, admissionId);
		if (!"OPEN".equals(file.state())) {
			throw RuleViolationException.onField("state", "membership.close.notOpen");
		}
		String why = Inputs.blankToNull(reason);
		if (why == null) {
			throw RuleViolationException.onField("reason", "membership.close.reason.required");
		}
		AdmissionFiles.checkLength("reason", why, 500);
		LocalDate on = closedOn == null ? VietnamTime.today(this.clock) : closedOn;
		if (on.isAfter(VietnamTime.today(this.clock))) {
			throw RuleViolationException.onField("closedOn", "membership.policy.date.future");
		}
		LocalDate previous = file.lastDate() == null ? file.openedOn() : file.lastDate();
		if (on.isBefore(previous)) {
			throw RuleViolationException.onField("closedOn", "membership.policy.date.beforePrevious");
		}
		this.jdbc.sql("""
				update admission set state = 'CLOSED', closed_on = :on, closed_reason = :r, closed_by = :by
				where id = :id""")
			.param("on", on)
			.param("r", why)
			.param("by", caller.username())
			.param("id", file.id())
			.update();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("state", "CLOSED");
		after.put("closedOn", on.toString());
		after.put("reason", why);
		this.events.publishEvent(RecordChanged.updated("Admission", file.id(), "CLOSE", file.cellId(),
				Map.of("state", file.state()), after));
	}

	private Map<String, Object> lockStep(long stepId) {
		return this.jdbc.sql("select event_id, prior_unit_id from admission_step where id = :id for update")
			.param("id", stepId)
			.query((rs, n) -> {
				Map<String, Object> m = new HashMap<>();
				m.put("event", rs.getObject(1, Long.class));
				m.put("prior", rs.getObject(2, Long.class));
				return m;
			})
			.single();
	}

	/**
	 * Cancels the log event the step wrote (found by its link, else by the file or the
	 * date) with a CORRECTED event; refused when the person's log went on after it.
	 */
	private void cancelEvent(AdmissionFile file, StepRecord last, String eventType, Long linked, String why) {
		Long eventId = linked;
		if (eventId == null) {
			eventId = this.jdbc.sql("""
					select e.id from membership_event e where e.person_id = :p and e.membership = 'PARTY'
					  and e.event_type = :t and (e.details ->> 'admissionId' = :a or e.occurred_on = :d)
					  and not exists (select 1 from membership_event c where c.corrects_id = e.id)
					order by e.id desc limit 1""")
				.param("p", file.personId())
				.param("t", eventType)
				.param("a", Long.toString(file.id()))
				.param("d", last.doneOn())
				.query(Long.class)
				.optional()
				.orElse(null);
		}
		if (eventId == null) {
			return;
		}
		long later = this.jdbc.sql("""
				select count(*) from membership_event e where e.person_id = :p and e.membership = 'PARTY'
				  and e.id > :e and e.event_type <> 'CORRECTED'
				  and not exists (select 1 from membership_event c where c.corrects_id = e.id)""")
			.param("p", file.personId())
			.param("e", eventId)
			.query(Long.class)
			.single();
		if (later > 0) {
			throw RuleViolationException.onField("step", "membership.withdraw.laterEvents");
		}
		this.log.correct(eventId, why);
	}

}
