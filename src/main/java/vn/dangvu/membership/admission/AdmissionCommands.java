package vn.dangvu.membership.admission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.membership.MemberStatus;
import vn.dangvu.membership.Standing;
import vn.dangvu.membership.log.Inputs;
import vn.dangvu.membership.log.PartyStatus;
import vn.dangvu.membership.log.Scoped;
import vn.dangvu.organisation.UnitScope;
import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.people.PeopleApi;
import vn.dangvu.people.PersonProfile;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.ConflictException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.time.VietnamTime;

/**
 * Admission files: opening one for a person, recording its steps in order with every
 * policy of the step checked on the step's date ({@link StepPolicies}), and — at the
 * ceremony and the conversion decision — appending ADMITTED / CONVERTED / CARD_ISSUED to
 * the membership log ({@link StepEvents}).
 */
@Service
@RequiredArgsConstructor
class AdmissionCommands {

	private final JdbcClient jdbc;

	private final UnitScopes scopes;

	private final PeopleApi people;

	private final PartyStatus membership;

	private final AdmissionFiles files;

	private final StepPolicies policies;

	private final StepEvents stepEvents;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** Opens a candidate file for a person in a cell. */
	@Transactional
	long open(Caller caller, long personId, long cellId, LocalDate openedOn) {
		Scoped.requireRecorder(caller);
		UnitScope scope = this.scopes.of(caller);
		Map<String, Object> params = new HashMap<>(scope.params());
		params.put("cell", cellId);
		Optional<String> kind = this.jdbc
			.sql("select u.kind from unit_ref u where u.id = :cell and u.closed_on is null and "
					+ UnitScope.condition("u"))
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
	void recordStep(Caller caller, long admissionId, StepInput in, Attachment attachment) {
		Scoped.requireRecorder(caller);
		AdmissionFile file = this.files.lockAndLoad(caller, admissionId);
		AdmissionStep expected = expectedStep(file, in);
		LocalDate date = checkDate(file, in.date());
		String documentNumber = checkFields(expected, in, attachment);
		PersonProfile person = this.people.profileUnscoped(file.personId());
		this.policies.check(expected, file, in, date, person);
		Long documentId = attachment == null ? null : this.files.storeDocument(caller, attachment);
		long stepId = insertStep(caller, admissionId, expected, date, documentNumber, in, documentId);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("admissionId", admissionId);
		after.put("step", expected.name());
		after.put("date", date.toString());
		after.put("documentNumber", documentNumber);
		this.events.publishEvent(RecordChanged.created("AdmissionStep", stepId, file.cellId(), after));
		this.stepEvents.after(file, stepId, expected, date, documentNumber, in);
	}

	/** The step asked for, when it is the file's next one. */
	private static AdmissionStep expectedStep(AdmissionFile file, StepInput in) {
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
		return expected;
	}

	/** The step's date: given, not in the future, not before the previous step. */
	private LocalDate checkDate(AdmissionFile file, LocalDate date) {
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
		return date;
	}

	/**
	 * The lengths of the typed fields and the attachment; answers the document number.
	 */
	private static String checkFields(AdmissionStep expected, StepInput in, Attachment attachment) {
		String documentNumber = Inputs.blankToNull(in.documentNumber());
		if (documentNumber != null && documentNumber.length() > 60) {
			throw RuleViolationException.onField("documentNumber", "membership.field.tooLong", 60);
		}
		if (expected.documentRequired() && documentNumber == null) {
			throw RuleViolationException.onField("documentNumber", "membership.step.document.required");
		}
		AdmissionFiles.checkLength("exceptionApprover", in.exceptionApprover(), 300);
		AdmissionFiles.checkLength("exceptionDocument", in.exceptionDocument(), 100);
		AdmissionFiles.checkLength("note", in.note(), 500);
		AdmissionFiles.checkLength("cardNumber", in.cardNumber(), 30);
		if (attachment != null) {
			attachment.check().orThrow("file");
		}
		return documentNumber;
	}

	private long insertStep(Caller caller, long admissionId, AdmissionStep expected, LocalDate date,
			String documentNumber, StepInput in, Long documentId) {
		boolean introducing = expected == AdmissionStep.INTRODUCERS;
		List<Long> introducers = introducing ? in.introducerIds().stream().distinct().toList() : List.of();
		return this.jdbc.sql("""
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
			.param("youth", introducing && in.youthResolution())
			.param("card", expected == AdmissionStep.CARD ? Inputs.blankToNull(in.cardNumber()) : null)
			.param("exApprover", in.hasException() ? in.exceptionApprover().trim() : null)
			.param("exDoc", in.hasException() ? in.exceptionDocument().trim() : null)
			.param("note", Inputs.blankToNull(in.note()))
			.param("document", documentId)
			.param("by", caller.username())
			.query(Long.class)
			.single();
	}

}
