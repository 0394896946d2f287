package vn.dangvu.membership.admission;

import vn.dangvu.membership.log.Inputs;
import vn.dangvu.membership.log.Scoped;
import vn.dangvu.membership.log.EventLog;
import vn.dangvu.membership.log.Dates;
import java.time.Clock;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.membership.MemberStatus;
import vn.dangvu.membership.log.PartyStatus;
import vn.dangvu.membership.Standing;
import vn.dangvu.membership.admission.AdmissionFile.StepRecord;
import vn.dangvu.membership.admission.AdmissionFile.WithdrawnStep;
import vn.dangvu.membership.log.EventLog.NewEvent;
import vn.dangvu.organisation.UnitScope;
import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.people.MembershipKind;
import vn.dangvu.people.PeopleApi;
import vn.dangvu.people.PersonProfile;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.ConflictException;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.rules.RuleValue;
import vn.dangvu.rules.RulesApi;
import vn.dangvu.platform.time.VietnamTime;

/**
 * Admission files: opening one for a person, recording its steps in order with every
 * policy checked on the step's date, and — at the ceremony and the conversion decision —
 * appending ADMITTED / CONVERTED / CARD_ISSUED to the membership log.
 */
@Service
public class AdmissionService {

	private final JdbcClient jdbc;

	private final UnitScopes scopes;

	private final RulesApi rules;

	private final PeopleApi people;

	private final PartyStatus membership;

	private final EventLog log;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AdmissionService(JdbcClient jdbc, UnitScopes scopes, RulesApi rules, PeopleApi people, PartyStatus membership,
			EventLog log, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.rules = rules;
		this.people = people;
		this.membership = membership;
		this.log = log;
		this.events = events;
		this.clock = clock;
	}

	// ------------------------------------------------------------------ reads

	/** A file the caller may see. */
	@Transactional(readOnly = true)
	public AdmissionFile load(Caller caller, long id) {
		UnitScope scope = this.scopes.of(caller);
		Map<String, Object> params = new HashMap<>(scope.params());
		params.put("id", id);
		AdmissionFile head = this.jdbc.sql("""
				select a.id, a.person_id, p.full_name, p.birth_date, a.cell_id, u.name, a.state, a.opened_on,
				  a.closed_on, a.closed_reason
				from admission a join unit_ref u on u.id = a.cell_id join person_ref p on p.id = a.person_id
				where a.id = :id and """ + UnitScope.condition("u"))
			.params(params)
			.query((rs, n) -> new AdmissionFile(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getLong(5), rs.getString(6), rs.getString(7),
					rs.getObject(8, LocalDate.class), List.of(), null, rs.getObject(9, LocalDate.class),
					rs.getString(10), List.of()))
			.optional()
			.orElseThrow(() -> NotFoundException.of("admission", id));
		List<StepRecord> steps = this.jdbc.sql("""
				select s.id, s.step, s.done_on, s.document_number, s.votes_for, s.votes_against, s.voters_total,
				  s.introducer_ids, s.youth_resolution, s.card_number, s.exception_approver, s.exception_document,
				  s.note, s.document_id, d.file_name, s.recorded_by
				from admission_step s left join membership_document d on d.id = s.document_id
				where s.admission_id = :id and s.withdrawn_at is null order by s.id""")
			.param("id", id)
			.query(AdmissionService::step)
			.list();
		List<WithdrawnStep> withdrawn = this.jdbc.sql("""
				select id, step, done_on, document_number, withdrawn_at, withdrawn_by, withdrawn_reason
				from admission_step where admission_id = :id and withdrawn_at is not null order by withdrawn_at""")
			.param("id", id)
			.query((rs, n) -> new WithdrawnStep(rs.getLong(1), AdmissionStep.valueOf(rs.getString(2)),
					rs.getObject(3, LocalDate.class), rs.getString(4),
					rs.getObject(5, OffsetDateTime.class).atZoneSameInstant(Dates.ZONE).toOffsetDateTime(),
					rs.getString(6), rs.getString(7)))
			.list();
		AdmissionFile file = new AdmissionFile(head.id(), head.personId(), head.personName(), head.birthDate(),
				head.cellId(), head.cellName(), head.state(), head.openedOn(), steps, null, head.closedOn(),
				head.closedReason(), withdrawn);
		return new AdmissionFile(file.id(), file.personId(), file.personName(), file.birthDate(), file.cellId(),
				file.cellName(), file.state(), file.openedOn(), steps, dueOn(file).orElse(null), file.closedOn(),
				file.closedReason(), withdrawn);
	}

	/** One row of a list of files. */
	public record AdmissionRow(long id, long personId, String personName, long cellId, String cellName, String state,
			AdmissionStep lastStep, LocalDate lastDate, AdmissionStep nextStep) {

	}

	/**
	 * Files in the caller's scope (optionally of one unit's subtree and state), newest
	 * first; without a state, closed files are left out.
	 */
	@Transactional(readOnly = true)
	public Page<AdmissionRow> list(Caller caller, Long unitId, String state, int page, int size) {
		UnitScope scope = this.scopes.of(caller);
		Map<String, Object> params = new HashMap<>(scope.params());
		StringBuilder where = new StringBuilder(UnitScope.condition("u"));
		if (unitId != null) {
			where.append(" and u.path like (select path from unit_ref where id = :unit) || '%'");
			params.put("unit", unitId);
		}
		if (state != null) {
			where.append(" and a.state = :state");
			params.put("state", state);
		}
		else {
			where.append(" and a.state <> 'CLOSED'");
		}
		long total = this.jdbc
			.sql("select count(*) from admission a join unit_ref u on u.id = a.cell_id where " + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", size);
		params.put("offset", (long) page * size);
		List<AdmissionRow> rows = this.jdbc.sql("""
				select a.id, a.person_id, p.full_name, a.cell_id, u.name, a.state, s.step, s.done_on
				from admission a join unit_ref u on u.id = a.cell_id join person_ref p on p.id = a.person_id
				  left join lateral (select step, done_on from admission_step where admission_id = a.id
				    and withdrawn_at is null order by id desc limit 1) s on true
				where %s order by a.id desc limit :limit offset :offset""".formatted(where))
			.params(params)
			.query((rs, n) -> {
				AdmissionStep last = AdmissionStep.parse(rs.getString(7)).orElse(null);
				String st = rs.getString(6);
				AdmissionStep next = "CLOSED".equals(st) ? null
						: last == null ? AdmissionStep.CERTIFICATE : last.next().orElse(null);
				return new AdmissionRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5),
						st, last, rs.getObject(8, LocalDate.class), next);
			})
			.list();
		return new PageImpl<>(rows, PageRequest.of(page, size), total);
	}

	/**
	 * The deadline of the next step of each listed file (as {@link #load} answers it in
	 * {@code dueOn}), by file id; files without one are absent. The rows come from
	 * {@link #list}, so they are already in the caller's scope; their steps are read in
	 * one statement.
	 */
	@Transactional(readOnly = true)
	public Map<Long, LocalDate> dueOn(List<AdmissionRow> rows) {
		Map<Long, LocalDate> out = new HashMap<>();
		if (rows.isEmpty()) {
			return out;
		}
		Map<Long, List<StepRecord>> steps = new HashMap<>();
		this.jdbc.sql("""
				select s.id, s.step, s.done_on, s.document_number, s.votes_for, s.votes_against, s.voters_total,
				  s.introducer_ids, s.youth_resolution, s.card_number, s.exception_approver, s.exception_document,
				  s.note, s.document_id, d.file_name, s.recorded_by, s.admission_id
				from admission_step s left join membership_document d on d.id = s.document_id
				where s.admission_id = any(:ids) and s.withdrawn_at is null order by s.id""")
			.param("ids", rows.stream().map(AdmissionRow::id).toArray(Long[]::new))
			.query((rs) -> {
				steps.computeIfAbsent(rs.getLong(17), (k) -> new ArrayList<>()).add(step(rs, 0));
			});
		for (AdmissionRow r : rows) {
			AdmissionFile file = new AdmissionFile(r.id(), r.personId(), r.personName(), null, r.cellId(), r.cellName(),
					r.state(), null, steps.getOrDefault(r.id(), List.of()), null, null, null, List.of());
			dueOn(file).ifPresent((d) -> out.put(r.id(), d));
		}
		return out;
	}

	/** The deadline of the file's next step, when the rules set one. */
	public Optional<LocalDate> dueOn(AdmissionFile file) {
		Optional<AdmissionStep> next = file.nextStep();
		if (next.isEmpty()) {
			return Optional.empty();
		}
		return switch (next.get()) {
			case DECISION -> file.find(AdmissionStep.CELL_RESOLUTION)
				.map((s) -> DecisionDeadlinePolicy.deadline(s.doneOn(),
						rule("membership.admission.decision-deadline-working-days", s.doneOn()),
						this.rules::addWorkingDays));
			case CEREMONY -> file.find(AdmissionStep.DECISION)
				.map((s) -> CeremonyDeadlinePolicy.deadline(s.doneOn(),
						rule("membership.admission.ceremony-deadline-working-days", s.doneOn()),
						this.rules::addWorkingDays));
			case CONVERSION_RESOLUTION, CONVERSION_DECISION -> file.find(AdmissionStep.CEREMONY).map((s) -> {
				LocalDate end = ProbationPolicy.end(s.doneOn(), rule("membership.probation.months", s.doneOn()));
				return ProbationPolicy.conversionDeadline(end, rule("membership.conversion.deadline-working-days", end),
						this.rules::addWorkingDays);
			});
			default -> Optional.empty();
		};
	}

	/** A stored scan or PDF of a step of a file the caller may see. */
	public record StoredDocument(String fileName, String contentType, byte[] bytes) {

	}

	@Transactional(readOnly = true)
	public StoredDocument document(Caller caller, long admissionId, long documentId) {
		AdmissionFile file = load(caller, admissionId);
		boolean belongs = file.steps().stream().anyMatch((s) -> Long.valueOf(documentId).equals(s.documentId()));
		if (!belongs) {
			throw NotFoundException.of("document", documentId);
		}
		return this.jdbc.sql("select file_name, content_type, bytes from membership_document where id = :id")
			.param("id", documentId)
			.query((rs, n) -> new StoredDocument(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.single();
	}

	// ------------------------------------------------------------------ writes

	/** Opens a candidate file for a person in a cell. */
	@Transactional
	public long open(Caller caller, long personId, long cellId, LocalDate openedOn) {
		Scoped.requireRecorder(caller);
		UnitScope scope = this.scopes.of(caller);
		Map<String, Object> params = new HashMap<>(scope.params());
		params.put("cell", cellId);
		Optional<String> kind = this.jdbc
			.sql("select u.kind from unit_ref u where u.id = :cell and u.closed_on is null and " + UnitScope.condition("u"))
			.params(params)
			.query(String.class)
			.optional();
		if (kind.isEmpty()) {
			throw RuleViolationException.onField("cellId", "membership.admission.cell.unknown");
		}
		if (!"CELL".equals(kind.get())) {
			throw RuleViolationException.onField("cellId", "membership.admission.cell.notCell");
		}
		if (this.people.find(personId).isEmpty()) {
			throw RuleViolationException.onField("personId", "membership.admission.person.unknown");
		}
		LocalDate today = VietnamTime.today(this.clock);
		if (openedOn == null) {
			openedOn = today;
		}
		if (openedOn.isAfter(today)) {
			throw RuleViolationException.onField("openedOn", "membership.policy.date.future");
		}
		MemberStatus now = this.membership.statusOn(personId, today);
		if (now.isMember()) {
			throw RuleViolationException.onField("personId", "membership.admission.person.member");
		}
		if (now.standing() == Standing.EXPELLED) {
			throw RuleViolationException.onField("personId", "membership.admission.person.expelled");
		}
		long id;
		try {
			id = this.jdbc.sql("""
					insert into admission (person_id, cell_id, opened_on, created_by)
					values (:p, :c, :o, :by) returning id""")
				.param("p", personId)
				.param("c", cellId)
				.param("o", openedOn)
				.param("by", caller.username())
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("personId", "membership.admission.person.open");
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("personId", personId);
		after.put("cellId", cellId);
		after.put("openedOn", openedOn.toString());
		this.events.publishEvent(RecordChanged.created("Admission", id, cellId, after));
		return id;
	}

	/**
	 * Records the next step of a file, after checking every policy on the step's date.
	 */
	@Transactional
	public void recordStep(Caller caller, long admissionId, StepInput in, Attachment attachment) {
		Scoped.requireRecorder(caller);
		AdmissionFile file = lockAndLoad(caller, admissionId);
		if (in.step() == null) {
			throw RuleViolationException.onField("step", "membership.step.required");
		}
		if (file.find(in.step()).isPresent()) {
			throw new ConflictException("step", "membership.step.already",
					new DefaultMessageSourceResolvable(in.step().labelKey()));
		}
		AdmissionStep expected = file.nextStep()
			.orElseThrow(() -> RuleViolationException.onField("step", "membership.step.complete"));
		if (in.step() != expected) {
			throw RuleViolationException.onField("step", "membership.step.notNext",
					new DefaultMessageSourceResolvable(expected.labelKey()));
		}
		LocalDate date = in.date();
		if (date == null) {
			throw RuleViolationException.onField("date", "membership.step.date.required");
		}
		if (date.isAfter(VietnamTime.today(this.clock))) {
			throw RuleViolationException.onField("date", "membership.policy.date.future");
		}
		LocalDate previous = file.lastDate();
		if (previous != null && date.isBefore(previous)) {
			throw RuleViolationException.onField("date", "membership.policy.date.beforePrevious");
		}
		String documentNumber = blankToNull(in.documentNumber());
		if (documentNumber != null && documentNumber.length() > 60) {
			throw RuleViolationException.onField("documentNumber", "membership.field.tooLong", 60);
		}
		if (expected.documentRequired() && documentNumber == null) {
			throw RuleViolationException.onField("documentNumber", "membership.step.document.required");
		}
		checkLength("exceptionApprover", in.exceptionApprover(), 300);
		checkLength("exceptionDocument", in.exceptionDocument(), 100);
		checkLength("note", in.note(), 500);
		checkLength("cardNumber", in.cardNumber(), 30);
		if (attachment != null) {
			attachment.check().orThrow("file");
		}
		PersonProfile person = this.people.profileUnscoped(file.personId());
		List<Long> introducers = List.of();
		boolean youth = false;
		switch (expected) {
			case INTRODUCERS -> {
				introducers = in.introducerIds().stream().distinct().toList();
				youth = in.youthResolution();
				if (introducers.contains(file.personId())) {
					throw RuleViolationException.onField("introducerIds", "membership.policy.introducer.self");
				}
				if (youth && person.youthUnitId() == null) {
					throw RuleViolationException.onField("youthResolution", "membership.policy.introducer.notYouth");
				}
				checkIntroducers(file, introducers, youth, date);
			}
			case CELL_RESOLUTION -> {
				CellResolutionPolicy.check(in.vote(), rule("membership.cell-resolution.threshold", date))
					.orThrow("votesFor");
				RuleValue max = rule("membership.admission.max-age-years", date);
				AgePolicy
					.check(person.birthDate(), date, rule("membership.admission.min-age-years", date), max,
							in.hasException())
					.orThrow("date");
				EducationPolicy.check(person.generalEducation(), rule("membership.admission.min-education", date))
					.orThrow("date");
				CertificatePolicy
					.check(file.find(AdmissionStep.CERTIFICATE).map(StepRecord::doneOn).orElse(null), date,
							rule("membership.awareness-certificate.validity-years", date))
					.orThrow("date");
				StepRecord intro = file.find(AdmissionStep.INTRODUCERS).orElseThrow();
				checkIntroducers(file, intro.introducerIds(), intro.youthResolution(), date);
			}
			case COMMITTEE_RESOLUTION ->
				CommitteeResolutionPolicy.check(in.vote(), rule("membership.committee-resolution.threshold", date))
					.orThrow("votesFor");
			case DECISION -> {
				LocalDate resolution = file.find(AdmissionStep.CELL_RESOLUTION).orElseThrow().doneOn();
				DecisionDeadlinePolicy
					.check(resolution, date, rule("membership.admission.decision-deadline-working-days", resolution),
							this.rules::addWorkingDays)
					.orThrow("date");
			}
			case CEREMONY -> {
				LocalDate decision = file.find(AdmissionStep.DECISION).orElseThrow().doneOn();
				CeremonyDeadlinePolicy
					.check(decision, date, rule("membership.admission.ceremony-deadline-working-days", decision),
							this.rules::addWorkingDays, in.hasException())
					.orThrow("date");
				if (this.membership.statusOn(file.personId(), date).isMember()) {
					throw RuleViolationException.onField("personId", "membership.admission.person.member");
				}
			}
			case CONVERSION_RESOLUTION -> {
				LocalDate ceremony = file.find(AdmissionStep.CEREMONY).orElseThrow().doneOn();
				RuleValue months = rule("membership.probation.months", ceremony);
				ProbationPolicy.checkResolution(ProbationPolicy.end(ceremony, months), date, months).orThrow("date");
				CellResolutionPolicy.check(in.vote(), rule("membership.cell-resolution.threshold", date))
					.orThrow("votesFor");
				requireProbationary(file, date);
			}
			case CONVERSION_DECISION -> requireProbationary(file, date);
			case CARD -> {
				if (blankToNull(in.cardNumber()) == null) {
					throw RuleViolationException.onField("cardNumber", "membership.step.card.required");
				}
			}
			default -> {
				// certificate, application, biography, comments, vetting: date and
				// document only
			}
		}
		Long documentId = attachment == null ? null : storeDocument(caller, attachment);
		long stepId = this.jdbc.sql("""
				insert into admission_step (admission_id, step, done_on, document_number, votes_for, votes_against,
				  voters_total, introducer_ids, youth_resolution, card_number, exception_approver, exception_document,
				  note, document_id, recorded_by)
				values (:a, :step, :on, :doc, :for, :against, :total, :intro, :youth, :card, :exApprover, :exDoc,
				  :note, :document, :by) returning id""")
			.param("a", admissionId)
			.param("step", expected.name())
			.param("on", date)
			.param("doc", documentNumber)
			.param("for", expected.votes() ? in.votesFor() : null)
			.param("against", expected.votes() ? (in.votesAgainst() == null ? 0 : in.votesAgainst()) : null)
			.param("total", expected.votes() ? in.votersTotal() : null)
			.param("intro", introducers.isEmpty() ? null : introducers.toArray(Long[]::new))
			.param("youth", youth)
			.param("card", expected == AdmissionStep.CARD ? blankToNull(in.cardNumber()) : null)
			.param("exApprover", in.hasException() ? in.exceptionApprover().trim() : null)
			.param("exDoc", in.hasException() ? in.exceptionDocument().trim() : null)
			.param("note", blankToNull(in.note()))
			.param("document", documentId)
			.param("by", caller.username())
			.query(Long.class)
			.single();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("admissionId", admissionId);
		after.put("step", expected.name());
		after.put("date", date.toString());
		after.put("documentNumber", documentNumber);
		this.events.publishEvent(RecordChanged.created("AdmissionStep", stepId, file.cellId(), after));
		afterStep(file, stepId, expected, date, documentNumber, in);
	}

	/**
	 * The file, read after taking its row lock and then its candidate's (decision 0156):
	 * one writer of a file at a time, so a twin request sees the step the first recorded.
	 */
	private AdmissionFile lockAndLoad(Caller caller, long admissionId) {
		AdmissionFile visible = load(caller, admissionId);
		this.jdbc.sql("select id from admission where id = :id for update")
			.param("id", admissionId)
			.query(Long.class)
			.list();
		this.log.lockSubject(visible.personId());
		return load(caller, admissionId);
	}

	private void afterStep(AdmissionFile file, long stepId, AdmissionStep step, LocalDate date, String documentNumber,
			StepInput in) {
		switch (step) {
			case CEREMONY -> {
				StepRecord decision = file.find(AdmissionStep.DECISION).orElseThrow();
				Map<String, Object> details = new LinkedHashMap<>();
				details.put("decisionNumber", decision.documentNumber());
				details.put("decisionDate", decision.doneOn().toString());
				details.put("admissionId", file.id());
				long eventId = this.log.append(new NewEvent(file.personId(), "PARTY", "ADMITTED", date, file.cellId(),
						null, null, decision.documentNumber(), decision.doneOn(), null, details));
				Long prior = this.people.profileUnscoped(file.personId()).partyUnitId();
				this.jdbc.sql("update admission_step set event_id = :e, prior_unit_id = :u where id = :id")
					.param("e", eventId)
					.param("u", prior)
					.param("id", stepId)
					.update();
				this.people.changeMembershipUnit(file.personId(), MembershipKind.PARTY, file.cellId(), date,
						"ADMITTED");
				setState(file, "ADMITTED");
			}
			case CONVERSION_DECISION -> {
				LocalDate ceremony = file.find(AdmissionStep.CEREMONY).orElseThrow().doneOn();
				LocalDate fullOn = ProbationPolicy.fullMembershipDate(ceremony,
						rule("membership.probation.months", ceremony));
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
				linkEvent(stepId,
						this.log.append(new NewEvent(file.personId(), "PARTY", "CONVERTED", fullOn,
								status.cellId() != null ? status.cellId() : file.cellId(), null, null, documentNumber,
								date, null, details)));
				setState(file, "FULL");
			}
			case CARD -> {
				MemberStatus status = this.membership.statusOn(file.personId(), date);
				linkEvent(stepId,
						this.log.append(new NewEvent(file.personId(), "PARTY", "CARD_ISSUED", date,
								status.cellId() != null ? status.cellId() : file.cellId(), null, null, documentNumber,
								date, null, Map.of("cardNumber", in.cardNumber().trim()))));
			}
			default -> {
			}
		}
	}

	private void linkEvent(long stepId, long eventId) {
		this.jdbc.sql("update admission_step set event_id = :e where id = :id")
			.param("e", eventId)
			.param("id", stepId)
			.update();
	}

	/**
	 * Withdraws the last step in force of a file as a recording mistake: the step is
	 * kept, marked withdrawn with the reason; the log event it wrote (ADMITTED,
	 * CONVERTED, CARD_ISSUED) is cancelled by a CORRECTED event; withdrawing the ceremony
	 * puts the person's Party cell back and reopens the file, withdrawing the conversion
	 * decision puts the file back in probation.
	 * @return the withdrawn step
	 */
	@Transactional
	public AdmissionStep withdrawLast(Caller caller, long admissionId, String reason) {
		Scoped.requireRecorder(caller);
		AdmissionFile file = lockAndLoad(caller, admissionId);
		String why = blankToNull(reason);
		if (why == null) {
			throw RuleViolationException.onField("reason", "membership.withdraw.reason.required");
		}
		checkLength("reason", why, 500);
		if ("CLOSED".equals(file.state())) {
			throw RuleViolationException.onField("step", "membership.withdraw.closed");
		}
		if (file.steps().isEmpty()) {
			throw RuleViolationException.onField("step", "membership.withdraw.nothing");
		}
		StepRecord last = file.steps().get(file.steps().size() - 1);
		String eventType = switch (last.step()) {
			case CEREMONY -> "ADMITTED";
			case CONVERSION_DECISION -> "CONVERTED";
			case CARD -> "CARD_ISSUED";
			default -> null;
		};
		Map<String, Object> link = this.jdbc
			.sql("select event_id, prior_unit_id from admission_step where id = :id for update")
			.param("id", last.id())
			.query((rs, n) -> {
				Map<String, Object> m = new HashMap<>();
				m.put("event", rs.getObject(1, Long.class));
				m.put("prior", rs.getObject(2, Long.class));
				return m;
			})
			.single();
		if (eventType != null) {
			Long eventId = (Long) link.get("event");
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
			if (eventId != null) {
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
			setState(file, "OPEN");
		}
		else if (last.step() == AdmissionStep.CONVERSION_DECISION) {
			setState(file, "ADMITTED");
		}
		return last.step();
	}

	/**
	 * Closes an open file: the candidate withdrew, or the cell or the committee did not
	 * admit them. A closed file is kept; the person can be proposed again only in a new
	 * file.
	 */
	@Transactional
	public void close(Caller caller, long admissionId, LocalDate closedOn, String reason) {
		Scoped.requireRecorder(caller);
		AdmissionFile file = lockAndLoad(caller, admissionId);
		if (!"OPEN".equals(file.state())) {
			throw RuleViolationException.onField("state", "membership.close.notOpen");
		}
		String why = blankToNull(reason);
		if (why == null) {
			throw RuleViolationException.onField("reason", "membership.close.reason.required");
		}
		checkLength("reason", why, 500);
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

	private void requireProbationary(AdmissionFile file, LocalDate date) {
		if (this.membership.statusOn(file.personId(), date).standing() != Standing.PROBATIONARY) {
			throw RuleViolationException.onField("personId", "membership.conversion.notProbationary");
		}
	}

	private void checkIntroducers(AdmissionFile file, List<Long> ids, boolean youth, LocalDate on) {
		List<IntroducerPolicy.Introducer> list = new ArrayList<>();
		for (Long id : ids) {
			String name = this.jdbc.sql("select full_name from person_ref where id = :id")
				.param("id", id)
				.query(String.class)
				.optional()
				.orElseThrow(() -> RuleViolationException.onField("introducerIds",
						"membership.policy.introducer.unknown", id));
			list.add(new IntroducerPolicy.Introducer(name, this.membership.statusOn(id, on)));
		}
		IntroducerPolicy.check(list, youth, file.cellId(), on, rule("membership.introducer.min-months-together", on))
			.orThrow("introducerIds");
	}

	private void setState(AdmissionFile file, String state) {
		this.jdbc.sql("update admission set state = :s where id = :id")
			.param("s", state)
			.param("id", file.id())
			.update();
		this.events.publishEvent(RecordChanged.updated("Admission", file.id(), "STATE", file.cellId(),
				Map.of("state", file.state()), Map.of("state", state)));
	}

	private long storeDocument(Caller caller, Attachment a) {
		String name = a.fileName() == null || a.fileName().isBlank() ? "document" : a.fileName();
		if (name.length() > 255) {
			name = name.substring(name.length() - 255);
		}
		return this.jdbc.sql("""
				insert into membership_document (file_name, content_type, size_bytes, bytes, recorded_by)
				values (:n, :t, :s, :b, :by) returning id""")
			.param("n", name)
			.param("t", a.contentType())
			.param("s", a.bytes().length)
			.param("b", a.bytes())
			.param("by", caller.username())
			.query(Long.class)
			.single();
	}

	RuleValue rule(String key, LocalDate on) {
		return this.rules.valueOn(key, on);
	}

	private static void checkLength(String field, String value, int max) {
		if (value != null && value.length() > max) {
			throw RuleViolationException.onField(field, "membership.field.tooLong", max);
		}
	}

	static String blankToNull(String s) {
		return Inputs.blankToNull(s);
	}

	private static StepRecord step(ResultSet rs, int n) throws SQLException {
		Array arr = rs.getArray(8);
		List<Long> intro = arr == null ? List.of()
				: Arrays.stream((Object[]) arr.getArray()).map((o) -> ((Number) o).longValue()).toList();
		return new StepRecord(rs.getLong(1), AdmissionStep.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class),
				rs.getString(4), rs.getObject(5, Integer.class), rs.getObject(6, Integer.class),
				rs.getObject(7, Integer.class), intro, rs.getBoolean(9), rs.getString(10), rs.getString(11),
				rs.getString(12), rs.getString(13), rs.getObject(14, Long.class), rs.getString(15), rs.getString(16));
	}

}
