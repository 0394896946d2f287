package vn.dangvu.membership.probation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.membership.MemberStatus;
import vn.dangvu.membership.Standing;
import vn.dangvu.membership.log.PartyStatus;
import vn.dangvu.organisation.UnitScope;
import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.request.RequestMemo;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.rules.RuleValue;
import vn.dangvu.rules.RulesApi;
import vn.dangvu.rules.WorkingDayCalendar;

/**
 * Probationary members in the caller's scope with the days left and the conversion
 * window.
 */
@Service
@RequiredArgsConstructor
public class ProbationList {

	private final JdbcClient jdbc;

	private final UnitScopes scopes;

	private final PartyStatus membership;

	private final RulesApi rules;

	/**
	 * @param daysLeft days until the end of probation (negative once it has ended)
	 * @param conversionDeadline the last day for the cell to consider conversion
	 * @param admissionId the admission file (null for members recorded before the system)
	 */
	public record ProbationRow(long personId, String fullName, long cellId, String cellName, LocalDate admittedOn,
			LocalDate endsOn, long daysLeft, LocalDate conversionDeadline, boolean overdue, Long admissionId) {

	}

	/**
	 * Today's probationary members of the scope (optionally one unit's subtree), by end
	 * date.
	 */
	@Transactional(readOnly = true)
	public List<ProbationRow> list(Caller caller, Long unitId, LocalDate today) {
		UnitScope scope = this.scopes.of(caller);
		// The landing page and its reminders ask the same list in one request.
		return RequestMemo.get(Arrays.asList("membership.probation", scope, unitId, today),
				() -> read(scope, unitId, today));
	}

	private List<ProbationRow> read(UnitScope scope, Long unitId, LocalDate today) {
		Map<String, Object> params = new HashMap<>(scope.params());
		String unitCondition = unitCondition(params, unitId);
		params.put("since", today.minusYears(6));
		params.put("today", today);
		List<Object[]> candidates = this.jdbc.sql("""
				select distinct e.person_id, p.full_name from membership_event e join unit_ref u on u.id = e.unit_id
				  join person_ref p on p.id = e.person_id
				where e.membership = 'PARTY' and e.event_type in ('ADMITTED', 'RECORDED', 'TRANSFER_IN')
				  and e.occurred_on between :since and :today and """ + UnitScope.condition("u") + unitCondition)
			.params(params)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.list();
		// Statuses, cell names and admission files of all candidates in one statement
		// each.
		Map<Long, MemberStatus> statuses = this.membership
			.statusesOn(candidates.stream().map((c) -> (Long) c[0]).toList(), today);
		List<Long> cells = statuses.values()
			.stream()
			.filter((s) -> s.standing() == Standing.PROBATIONARY && s.cellId() != null && s.probationEndsOn() != null)
			.map(MemberStatus::cellId)
			.distinct()
			.toList();
		Map<Long, String> cellNames = new HashMap<>();
		Map<Long, Long> admissions = new HashMap<>();
		if (!cells.isEmpty()) {
			Map<String, Object> cp = new HashMap<>(scope.params());
			cp.put("cells", cells.toArray(Long[]::new));
			cp.put("unit", unitId);
			this.jdbc
				.sql("select u.id, u.name from unit_ref u where u.id = any(:cells) and " + UnitScope.condition("u")
						+ unitCondition)
				.params(cp)
				.query((rs) -> {
					cellNames.put(rs.getLong(1), rs.getString(2));
				});
			this.jdbc.sql("""
					select person_id, max(id) from admission where person_id = any(:ps) and state = 'ADMITTED'
					group by person_id""").param("ps", statuses.keySet().toArray(Long[]::new)).query((rs) -> {
				admissions.put(rs.getLong(1), rs.getLong(2));
			});
		}
		return rows(candidates, statuses, cellNames, admissions, today);
	}

	/**
	 * The condition limiting the list to one unit's subtree ("" for the whole scope), the
	 * unit put in the parameters.
	 * @throws NotFoundException when the unit lies outside the scope
	 */
	private String unitCondition(Map<String, Object> params, Long unitId) {
		if (unitId == null) {
			return "";
		}
		params.put("unit", unitId);
		boolean visible = this.jdbc
			.sql("select count(*) from unit_ref u where u.id = :unit and " + UnitScope.condition("u"))
			.params(params)
			.query(Long.class)
			.single() > 0;
		if (!visible) {
			throw NotFoundException.of("unit", unitId);
		}
		return " and u.path like (select path from unit_ref where id = :unit) || '%'";
	}

	/** The candidates still probationary in a cell of the scope, by end date. */
	private List<ProbationRow> rows(List<Object[]> candidates, Map<Long, MemberStatus> statuses,
			Map<Long, String> cellNames, Map<Long, Long> admissions, LocalDate today) {
		List<ProbationRow> rows = new ArrayList<>();
		Deadlines deadlines = new Deadlines(statuses.values()
			.stream()
			.map(MemberStatus::probationEndsOn)
			.filter(Objects::nonNull)
			.mapToInt(LocalDate::getYear)
			.summaryStatistics());
		for (Object[] c : candidates) {
			long personId = (Long) c[0];
			MemberStatus s = statuses.get(personId);
			if (s.standing() != Standing.PROBATIONARY || s.cellId() == null || s.probationEndsOn() == null) {
				continue;
			}
			String cellName = cellNames.get(s.cellId());
			if (cellName == null) {
				continue;
			}
			LocalDate end = s.probationEndsOn();
			LocalDate deadline = deadlines.conversion(end);
			Long admissionId = admissions.get(personId);
			rows.add(new ProbationRow(personId, (String) c[1], s.cellId(), cellName, s.admittedOn(), end,
					ChronoUnit.DAYS.between(today, end), deadline, today.isAfter(deadline), admissionId));
		}
		rows.sort(Comparator.comparing(ProbationRow::endsOn).thenComparing(ProbationRow::fullName));
		return List.copyOf(rows);
	}

	/**
	 * The conversion deadlines of one list: the rule's versions read once and the
	 * working-day calendar of the years the deadlines fall in, as
	 * {@code addWorkingDays(end, valueOn(rule, end))} answers for each.
	 */
	private final class Deadlines {

		private static final String RULE = "membership.conversion.deadline-working-days";

		private final IntSummaryStatistics years;

		private List<RuleValue> versions;

		private WorkingDayCalendar calendar;

		Deadlines(IntSummaryStatistics years) {
			this.years = years;
		}

		LocalDate conversion(LocalDate end) {
			if (this.versions == null) {
				this.versions = ProbationList.this.rules.history(RULE);
			}
			int days = this.versions.stream()
				.filter((v) -> v.holdsOn(end))
				.findFirst()
				.orElseGet(() -> ProbationList.this.rules.valueOn(RULE, end))
				.asInt();
			if (this.calendar == null) {
				// the years of the ends, and the next for deadlines that cross into it
				this.calendar = ProbationList.this.rules.calendar(this.years.getMin(), this.years.getMax() + 1);
			}
			try {
				return this.calendar.addWorkingDays(end, days);
			}
			catch (IllegalStateException ex) {
				return ProbationList.this.rules.addWorkingDays(end, days);
			}
		}

	}

}
