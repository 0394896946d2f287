package vn.dangvu.membership.log;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.membership.MemberEvent;
import vn.dangvu.membership.MemberStatus;
import vn.dangvu.membership.Standing;
import vn.dangvu.people.PeopleApi;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.request.RequestMemo;
import vn.dangvu.rules.RuleValue;
import vn.dangvu.rules.RulesApi;

/**
 * A person's Party standing on any date, derived from the append-only log (decision
 * 0100), for every membership feature and for the face. The status reads are not scoped
 * (they answer facts other modules need for work already scoped, such as dues);
 * {@link #timeline} is.
 */
@Service
@RequiredArgsConstructor
public class PartyStatus {

	private final JdbcClient jdbc;

	private final EventLog log;

	private final RulesApi rules;

	private final PeopleApi people;

	/**
	 * The person's Party standing and cell on a date (CANDIDATE while a file is open).
	 */
	@Transactional(readOnly = true)
	public MemberStatus statusOn(long personId, LocalDate date) {
		return RequestMemo.get(List.of("membership.status", personId, date),
				() -> candidateOr(fold().fold(personId, this.log.partyLog(personId), date), personId, date));
	}

	/**
	 * The standing of several people on a date, as {@link #statusOn} answers each, with
	 * their logs read in one statement.
	 */
	@Transactional(readOnly = true)
	public Map<Long, MemberStatus> statusesOn(Collection<Long> personIds, LocalDate date) {
		Map<Long, List<LogEntry>> logs = this.log.partyLogs(personIds);
		StatusFold fold = fold();
		Map<Long, MemberStatus> out = new HashMap<>();
		for (Long personId : personIds) {
			out.put(personId,
					candidateOr(fold.fold(personId, logs.getOrDefault(personId, List.of()), date), personId, date));
		}
		return out;
	}

	private MemberStatus candidateOr(MemberStatus status, long personId, LocalDate date) {
		if (status.standing() == Standing.NONE) {
			Long cell = this.jdbc.sql("""
					select cell_id from admission where person_id = :p and opened_on <= :d
					  and (state in ('OPEN') or (state = 'CLOSED' and closed_on > :d)
					    or exists (select 1 from admission_step s where s.admission_id = admission.id
					    and s.step = 'CEREMONY' and s.done_on > :d and s.withdrawn_at is null))
					order by id desc limit 1""")
				.param("p", personId)
				.param("d", date)
				.query(Long.class)
				.optional()
				.orElse(null);
			if (cell != null) {
				return new MemberStatus(personId, date, Standing.CANDIDATE, cell, false, null, null, null, null);
			}
		}
		return status;
	}

	/** True when the person was a full member on that date. */
	@Transactional(readOnly = true)
	public boolean isFullMember(long personId, LocalDate date) {
		return statusOn(personId, date).isFull();
	}

	/** True when the person was a Party member (probationary or full) on that date. */
	@Transactional(readOnly = true)
	public boolean isMember(long personId, LocalDate date) {
		return statusOn(personId, date).isMember();
	}

	/** The full members of a cell on a date, by person id. */
	@Transactional(readOnly = true)
	public List<Long> fullMembersOf(long cellId, LocalDate date) {
		return membersOf(cellId, date).stream().filter(MemberStatus::isFull).map(MemberStatus::personId).toList();
	}

	/** Every member (probationary and full) of a cell on a date, with their standing. */
	@Transactional(readOnly = true)
	public List<MemberStatus> membersOf(long cellId, LocalDate date) {
		List<Long> persons = this.jdbc.sql("""
				select distinct person_id from membership_event
				where membership = 'PARTY' and unit_id = :c and occurred_on <= :d order by person_id""")
			.param("c", cellId)
			.param("d", date)
			.query(Long.class)
			.list();
		StatusFold fold = fold();
		Map<Long, List<LogEntry>> logs = this.log.partyLogs(persons);
		return persons.stream()
			.map((p) -> fold.fold(p, logs.getOrDefault(p, List.of()), date))
			.filter((s) -> s.isMember() && s.cellId() != null && s.cellId() == cellId)
			.toList();
	}

	/**
	 * Every event of a person the current caller may see, oldest first.
	 * @throws NotFoundException when absent or out of the caller's scope
	 */
	@Transactional(readOnly = true)
	public List<MemberEvent> timeline(long personId) {
		if (this.people.find(personId).isEmpty()) {
			throw NotFoundException.of("person", personId);
		}
		return this.log.timeline(personId);
	}

	/**
	 * Probation in force on an admission date; admissions older than the first recorded
	 * version (30/7/2021) take that first version (decision 0100: the 12 months of the
	 * Party Charter held before it too).
	 */
	private StatusFold fold() {
		// The rule's versions read once per fold (on its first admission), not per
		// member.
		var history = new Object() {
			List<RuleValue> versions;

			List<RuleValue> get() {
				if (this.versions == null) {
					this.versions = PartyStatus.this.rules.history(PROBATION);
				}
				return this.versions;
			}
		};
		return new StatusFold((d) -> history.get()
			.stream()
			.filter((v) -> v.holdsOn(d))
			.findFirst()
			.or(() -> history.get().stream().findFirst())
			.orElseGet(() -> this.rules.valueOn(PROBATION, d))
			.asInt());
	}

	private static final String PROBATION = "membership.probation.months";

}
