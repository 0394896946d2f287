package vn.dangvu.membership.admission;

import vn.dangvu.membership.log.Inputs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangvu.membership.log.PartyStatus;
import vn.dangvu.membership.Standing;
import vn.dangvu.membership.admission.AdmissionFile.StepRecord;
import vn.dangvu.people.PersonProfile;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.rules.RuleValue;
import vn.dangvu.rules.RulesApi;
import vn.dangvu.platform.time.VietnamTime;

/**
 * The table of admission steps and the policies each one checks on the step's date
 * (decision 0209). A step absent from the table (certificate, application, biography,
 * comments, vetting) checks only its date and document, as every step does first.
 */
@Component
class StepPolicies {

	/** The checks of one step, each refusing with a field error. */
	@FunctionalInterface
	interface StepCheck {

		void check(AdmissionFile file, StepInput in, LocalDate date, PersonProfile person);

	}

	private final JdbcClient jdbc;

	private final RulesApi rules;

	private final PartyStatus membership;

	private final Map<AdmissionStep, StepCheck> table = new EnumMap<>(AdmissionStep.class);

	StepPolicies(JdbcClient jdbc, RulesApi rules, PartyStatus membership) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.membership = membership;
		this.table.put(AdmissionStep.INTRODUCERS, this::introducers);
		this.table.put(AdmissionStep.CELL_RESOLUTION, this::cellResolution);
		this.table.put(AdmissionStep.COMMITTEE_RESOLUTION, this::committeeResolution);
		this.table.put(AdmissionStep.DECISION, this::decision);
		this.table.put(AdmissionStep.CEREMONY, this::ceremony);
		this.table.put(AdmissionStep.CONVERSION_RESOLUTION, this::conversionResolution);
		this.table.put(AdmissionStep.CONVERSION_DECISION, (file, in, date, person) -> requireProbationary(file, date));
		this.table.put(AdmissionStep.CARD, this::card);
	}

	/** Checks every policy of the step; the first that refuses throws. */
	void check(AdmissionStep step, AdmissionFile file, StepInput in, LocalDate date, PersonProfile person) {
		StepCheck check = this.table.get(step);
		if (check != null) {
			check.check(file, in, date, person);
		}
	}

	/**
	 * IntroducerPolicy (and the candidate neither introduces themself nor lacks a youth
	 * unit).
	 */
	private void introducers(AdmissionFile file, StepInput in, LocalDate date, PersonProfile person) {
		List<Long> introducers = in.introducerIds().stream().distinct().toList();
		boolean youth = in.youthResolution();
		if (introducers.contains(file.personId())) {
			throw RuleViolationException.onField("introducerIds", "membership.policy.introducer.self");
		}
		if (youth && person.youthUnitId() == null) {
			throw RuleViolationException.onField("youthResolution", "membership.policy.introducer.notYouth");
		}
		checkIntroducers(file, introducers, youth, date);
	}

	/**
	 * CellResolutionPolicy, AgePolicy, EducationPolicy, CertificatePolicy,
	 * IntroducerPolicy again.
	 */
	private void cellResolution(AdmissionFile file, StepInput in, LocalDate date, PersonProfile person) {
		CellResolutionPolicy.check(in.vote(), rule("membership.cell-resolution.threshold", date)).orThrow("votesFor");
		RuleValue max = rule("membership.admission.max-age-years", date);
		AgePolicy
			.check(person.birthDate(), date, rule("membership.admission.min-age-years", date), max, in.hasException())
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

	/** CommitteeResolutionPolicy. */
	private void committeeResolution(AdmissionFile file, StepInput in, LocalDate date, PersonProfile person) {
		CommitteeResolutionPolicy.check(in.vote(), rule("membership.committee-resolution.threshold", date))
			.orThrow("votesFor");
	}

	/** DecisionDeadlinePolicy. */
	private void decision(AdmissionFile file, StepInput in, LocalDate date, PersonProfile person) {
		LocalDate resolution = file.find(AdmissionStep.CELL_RESOLUTION).orElseThrow().doneOn();
		DecisionDeadlinePolicy
			.check(resolution, date, rule("membership.admission.decision-deadline-working-days", resolution),
					this.rules::addWorkingDays)
			.orThrow("date");
	}

	/** CeremonyDeadlinePolicy, and the candidate is not a member already. */
	private void ceremony(AdmissionFile file, StepInput in, LocalDate date, PersonProfile person) {
		LocalDate decision = file.find(AdmissionStep.DECISION).orElseThrow().doneOn();
		CeremonyDeadlinePolicy
			.check(decision, date, rule("membership.admission.ceremony-deadline-working-days", decision),
					this.rules::addWorkingDays, in.hasException())
			.orThrow("date");
		if (this.membership.statusOn(file.personId(), date).isMember()) {
			throw RuleViolationException.onField("personId", "membership.admission.person.member");
		}
	}

	/** ProbationPolicy, CellResolutionPolicy, and the member is still probationary. */
	private void conversionResolution(AdmissionFile file, StepInput in, LocalDate date, PersonProfile person) {
		LocalDate ceremony = file.find(AdmissionStep.CEREMONY).orElseThrow().doneOn();
		RuleValue months = rule("membership.probation.months", ceremony);
		ProbationPolicy.checkResolution(ProbationPolicy.end(ceremony, months), date, months).orThrow("date");
		CellResolutionPolicy.check(in.vote(), rule("membership.cell-resolution.threshold", date)).orThrow("votesFor");
		requireProbationary(file, date);
	}

	/** The card number is given. */
	private void card(AdmissionFile file, StepInput in, LocalDate date, PersonProfile person) {
		if (Inputs.blankToNull(in.cardNumber()) == null) {
			throw RuleViolationException.onField("cardNumber", "membership.step.card.required");
		}
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

	private RuleValue rule(String key, LocalDate on) {
		return this.rules.valueOn(key, on);
	}

}
