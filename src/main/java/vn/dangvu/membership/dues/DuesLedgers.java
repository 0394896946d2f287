package vn.dangvu.membership.dues;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.finance.FinanceApi;
import vn.dangvu.finance.UnionFund;
import vn.dangvu.membership.MemberStatus;
import vn.dangvu.membership.MembershipApi;
import vn.dangvu.membership.OwnDues;
import vn.dangvu.organisation.UnitScope;
import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.platform.error.DomainException;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.rules.RuleValue;
import vn.dangvu.rules.RulesApi;

/**
 * Reads the dues ledgers: a unit's members in a month with what each owes under the rules
 * in force that month and what has been paid (decisions 0110, 0111).
 */
@Service
@RequiredArgsConstructor
public class DuesLedgers {

	public static final ZoneId ZONE = VietnamTime.ZONE;

	/** Units offered in a choice list at most (a national scope is chosen by id). */
	static final int MAX_CHOICES = 1000;

	static final String STRIKING_OFF = "membership.striking-off.months-in-year";

	private final JdbcClient jdbc;

	private final UnitScopes scopes;

	private final RulesApi rulesApi;

	private final MembershipApi membership;

	private final Clock clock;

	private final LedgerReads reads;

	private final FinanceApi finance;

	public LocalDate today() {
		return VietnamTime.today(this.clock);
	}

	DuesArithmetic.Rules rules() {
		return this.rulesApi::findOn;
	}

	/** The units whose ledger the caller may keep, in tree order (open units). */
	@Transactional(readOnly = true)
	public List<DuesUnit> units(Caller caller, DuesKind kind) {
		if (!kind.mayKeep(caller)) {
			return List.of();
		}
		UnitScope scope = this.scopes.of(caller);
		return this.jdbc.sql("""
				select u.id, u.code, u.name, u.path from unit_ref u
				where u.kind = any(:kinds) and u.closed_on is null and %s
				  and exists (select 1 from person_ref p where p.%s = u.id)
				order by u.path limit :limit""".formatted(UnitScope.condition("u"), kind.personColumn()))
			.param("limit", MAX_CHOICES)
			.param("kinds", kind.unitKinds())
			.params(scope.params())
			.query((rs, n) -> new DuesUnit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	/** A unit of the kind in the caller's scope, else 404. */
	@Transactional(readOnly = true)
	public DuesUnit unit(Caller caller, DuesKind kind, long unitId) {
		if (!kind.mayKeep(caller)) {
			throw NotFoundException.of("unit", unitId);
		}
		UnitScope scope = this.scopes.of(caller);
		return this.jdbc.sql("""
				select u.id, u.code, u.name, u.path from unit_ref u
				where u.id = :id and u.kind = any(:kinds) and %s""".formatted(UnitScope.condition("u")))
			.param("id", unitId)
			.param("kinds", kind.unitKinds())
			.params(scope.params())
			.query((rs, n) -> new DuesUnit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.optional()
			.orElseThrow(() -> NotFoundException.of("unit", unitId));
	}

	/** The ledger of a unit for a month. */
	@Transactional(readOnly = true)
	public Ledger ledger(Caller caller, DuesKind kind, long unitId, YearMonth month) {
		DuesUnit unit = unit(caller, kind, unitId);
		return ledger(kind, unit, month, members(kind, unit.id(), month));
	}

	/**
	 * A member's own Party dues for the year of a day: this month's due, and the months
	 * over and unpaid with what they come to. Empty when the person has no Party cell.
	 * Callers check who may read it (the member themself, or an officer in scope).
	 */
	@Transactional(readOnly = true)
	public Optional<OwnDues> ownPartyDues(long personId, LocalDate today) {
		record Cell(long unitId, String fullName) {
		}
		Optional<Cell> cell = this.jdbc
			.sql("select party_unit_id, full_name from person_ref where id = :id and party_unit_id is not null")
			.param("id", personId)
			.query((rs, n) -> new Cell(rs.getLong(1), rs.getString(2)))
			.optional();
		if (cell.isEmpty()) {
			return Optional.empty();
		}
		DuesUnit unit = this.jdbc.sql("select id, code, name, path from unit_ref where id = :id")
			.param("id", cell.get().unitId())
			.query((rs, n) -> new DuesUnit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.single();
		List<Member> self = List.of(new Member(personId, cell.get().fullName()));
		YearMonth month = YearMonth.from(today);
		Ledger.Row now = ledger(DuesKind.PARTY, unit, month, self).rows().get(0);
		List<OwnDues.Month> unpaid = new ArrayList<>();
		long debt = 0;
		YearMonth m = DuesArithmetic.lastMonthOver(month, today);
		while (unpaid.size() < now.unpaidMonthsInYear() && m.getYear() == month.getYear()) {
			Ledger.Row row = ledger(DuesKind.PARTY, unit, m, self).rows().get(0);
			if (!row.paid()) {
				unpaid.add(0, new OwnDues.Month(m, row.amountDue()));
				debt += row.amountDue();
			}
			m = m.minusMonths(1);
		}
		return Optional.of(new OwnDues(unit.id(), unit.name(), month, now.category(), now.amountDue(), now.paid(),
				unpaid, debt, now.strikingOff()));
	}

	private Ledger ledger(DuesKind kind, DuesUnit unit, YearMonth month, List<Member> members) {
		List<Long> ids = members.stream().map(Member::id).toList();
		Map<Long, LedgerReads.Payment> payments = this.reads.payments(kind, ids, month);
		DuesArithmetic.Rules rules = rules();
		Map<Long, Long> salaries = (kind == DuesKind.UNION) ? this.reads.amounts(ids, "SALARY", month.atEndOfMonth())
				: this.reads.amounts(ids, "SALARY", month.atDay(1).minusDays(1));
		Map<Long, Long> pensions = (kind == DuesKind.PARTY) ? this.reads.amounts(ids, "PENSION", month.atDay(1))
				: Map.of();
		Map<Long, String> categories = (kind == DuesKind.PARTY) ? this.reads.categories(ids, month.atDay(1)) : Map.of();
		int threshold = (kind == DuesKind.PARTY) ? this.rulesApi.valueOn(STRIKING_OFF, month.atDay(1)).asInt() : 0;
		Map<Long, Integer> unpaid = this.reads.unpaidMonths(kind, ids, month, today());
		List<Ledger.Row> rows = new ArrayList<>();
		long payroll = 0;
		for (Member m : members) {
			String category = (kind == DuesKind.PARTY) ? categories.getOrDefault(m.id(), "SALARY") : null;
			Long base = (kind == DuesKind.UNION || !"PENSION".equals(category)) ? salaries.get(m.id())
					: pensions.get(m.id());
			DuesArithmetic.Due due = null;
			String problem = null;
			try {
				if (kind == DuesKind.UNION) {
					if (base == null) {
						problem = "dues.salary.missing";
					}
					else {
						payroll += base;
						due = DuesArithmetic.union(base, month, rules);
					}
				}
				else if (base == null && DuesArithmetic.takesBase(category, month, rules)) {
					problem = "PENSION".equals(category) ? "dues.pension.missing" : "dues.salary.missing";
				}
				else {
					due = DuesArithmetic.party(category, (base != null) ? base : 0, month, rules);
				}
			}
			catch (DomainException ex) {
				problem = ex.messageKey();
			}
			LedgerReads.Payment paid = payments.get(m.id());
			int months = unpaid.getOrDefault(m.id(), 0);
			rows.add(new Ledger.Row(m.id(), m.fullName(), category, (due != null) ? due.base() : 0,
					(due != null) ? due.ratePercent() : null, (due != null) ? due.fixedAmount() : null,
					(due != null) ? due.amount() : 0, due != null && due.capped(), (due != null) ? due.source() : null,
					problem, paid != null, (paid != null) ? paid.amount() : 0, (paid != null) ? paid.paidOn() : null,
					(paid != null) ? paid.method() : null, (paid != null) ? paid.id() : null, months,
					kind == DuesKind.PARTY && DuesArithmetic.strikingOff(months, threshold)));
		}
		long dueTotal = rows.stream().mapToLong(Ledger.Row::amountDue).sum();
		long paidTotal = rows.stream().mapToLong(Ledger.Row::paidAmount).sum();
		long outstanding = rows.stream().filter((r) -> !r.paid()).mapToLong(Ledger.Row::amountDue).sum();
		int paidCount = (int) rows.stream().filter(Ledger.Row::paid).count();
		int arrears = rows.stream().mapToInt(Ledger.Row::unpaidMonthsInYear).sum();
		UnionFund fund = (kind == DuesKind.UNION) ? this.finance.unionFund(payroll, month) : null;
		return new Ledger(kind, unit.id(), unit.name(), month, rows, new Ledger.Totals(rows.size(), paidCount, dueTotal,
				paidTotal, outstanding, rows.size() - paidCount, arrears), fund, threshold);
	}

	/** The due of one member in a month (for recording a payment). */
	@Transactional(readOnly = true)
	public Optional<Ledger.Row> row(Caller caller, DuesKind kind, long unitId, YearMonth month, long personId) {
		return ledger(caller, kind, unitId, month).rows().stream().filter((r) -> r.personId() == personId).findFirst();
	}

	/**
	 * The Party dues categories configured in the rules (SALARY, PENSION, STUDENT, …).
	 */
	@Transactional(readOnly = true)
	public List<String> partyCategories() {
		Set<String> seen = new HashSet<>();
		List<String> out = new ArrayList<>();
		this.rulesApi.definitions("party.dues.").forEach((d) -> {
			String key = d.key();
			String cat = key.substring(key.lastIndexOf('.') + 1);
			if ((key.startsWith(DuesArithmetic.PARTY_RATE) || key.startsWith(DuesArithmetic.PARTY_AMOUNT))
					&& seen.add(cat)) {
				out.add(cat);
			}
		});
		return out;
	}

	/** The version of a rule in force on a day (for pages that show it). */
	@Transactional(readOnly = true)
	public Optional<RuleValue> rule(String key, LocalDate day) {
		return this.rulesApi.findOn(key, day);
	}

	/**
	 * The unit's members in the month and anyone who paid into it that month. Party: the
	 * members of the cell on the month's last day by the membership log (probationary and
	 * full), and the people the cell holds now who have no Party event at all (known
	 * before the log); union: the people the union unit holds now.
	 */
	private List<Member> members(DuesKind kind, long unitId, YearMonth month) {
		Long[] logged = (kind == DuesKind.PARTY) ? this.membership.membersOf(unitId, month.atEndOfMonth())
			.stream()
			.map(MemberStatus::personId)
			.toArray(Long[]::new) : new Long[0];
		String current = (kind == DuesKind.PARTY) ? """
				c.party_unit_id = :unit and not exists (select 1 from membership_event e
				  where e.person_id = c.id and e.membership = 'PARTY')""" : "c.union_unit_id = :unit";
		// three index reads joined by union: or-ed, they were one scan of every person
		// (32 s on the national data set, docs/benchmarks.md "Role mix")
		return this.jdbc.sql("""
				select p.id, p.full_name from person_ref p
				where p.id in (select c.id from person_ref c where %s
				               union select unnest(cast(:logged as bigint[]))
				               union select d.person_id from dues_payment d
				                     where d.kind = :kind and d.unit_id = :unit and d.month = :month)
				order by p.sort_key, p.id""".formatted(current))
			.param("unit", unitId)
			.param("logged", logged)
			.param("kind", kind.name())
			.param("month", month.atDay(1))
			.query((rs, n) -> new Member(rs.getLong(1), rs.getString(2)))
			.list();
	}

	record Member(long id, String fullName) {
	}

}
