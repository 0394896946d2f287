package vn.dangvu.membership.dues;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.people.PeopleApi;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

/**
 * Insured salaries and pensions by person (effective-dated) and Party dues categories,
 * the inputs of the dues (decision 0110).
 */
@Service
@RequiredArgsConstructor
public class InsuredSalaries {

	public static final long MAX_AMOUNT = 10_000_000_000L;

	public static final List<String> KINDS = List.of("SALARY", "PENSION");

	private final JdbcClient jdbc;

	private final PeopleApi people;

	private final DuesLedgers ledgers;

	private final ApplicationEventPublisher events;

	private final LedgerReads reads;

	public static boolean mayEnter(Caller caller) {
		return caller.hasAny(Role.ADMIN, Role.COMMITTEE_OFFICE, Role.CELL_SECRETARY, Role.UNION_OFFICER);
	}

	/**
	 * Sets a person's insured salary (or pension) from a date; re-entering a date
	 * replaces it.
	 */
	@Transactional
	public void set(Caller caller, long personId, String kind, long amount, LocalDate validFrom) {
		check(caller, personId);
		if (!KINDS.contains(kind)) {
			throw RuleViolationException.onField("kind", "dues.salary.kind.invalid");
		}
		if (amount < 0 || amount > MAX_AMOUNT) {
			throw RuleViolationException.onField("amount", "dues.salary.amount.invalid");
		}
		if (validFrom == null || validFrom.getYear() < 2000 || validFrom.getYear() > 2100) {
			throw RuleViolationException.onField("validFrom", "dues.date.invalid");
		}
		Long before = this.jdbc
			.sql("select amount from insured_salary where person_id = :p and kind = :k and valid_from = :d")
			.param("p", personId)
			.param("k", kind)
			.param("d", validFrom)
			.query(Long.class)
			.optional()
			.orElse(null);
		this.jdbc.sql("""
				insert into insured_salary (person_id, kind, amount, valid_from, recorded_by)
				values (:p, :k, :a, :d, :by)
				on conflict (person_id, kind, valid_from) do update
				  set amount = excluded.amount, recorded_at = clock_timestamp(), recorded_by = excluded.recorded_by""")
			.param("p", personId)
			.param("k", kind)
			.param("a", amount)
			.param("d", validFrom)
			.param("by", caller.username())
			.update();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("kind", kind);
		after.put("amount", amount);
		after.put("validFrom", validFrom.toString());
		this.events.publishEvent(RecordChanged.updated("InsuredSalary", personId, "SET", null,
				(before != null) ? Map.of("amount", before) : Map.of(), after));
	}

	/** Sets a Party member's dues category from a date. */
	@Transactional
	public void setCategory(Caller caller, long personId, String category, LocalDate validFrom) {
		check(caller, personId);
		if (category == null || !this.ledgers.partyCategories().contains(category)) {
			throw RuleViolationException.onField("category", "dues.category.unknown", String.valueOf(category));
		}
		if (validFrom == null || validFrom.getYear() < 2000 || validFrom.getYear() > 2100) {
			throw RuleViolationException.onField("validFrom", "dues.date.invalid");
		}
		this.jdbc
			.sql("""
					insert into party_dues_category (person_id, category, valid_from, recorded_by)
					values (:p, :c, :d, :by)
					on conflict (person_id, valid_from) do update
					  set category = excluded.category, recorded_at = clock_timestamp(), recorded_by = excluded.recorded_by""")
			.param("p", personId)
			.param("c", category)
			.param("d", validFrom)
			.param("by", caller.username())
			.update();
		this.events.publishEvent(RecordChanged.updated("PartyDuesCategory", personId, "SET", null, Map.of(),
				Map.of("category", category, "validFrom", validFrom.toString())));
	}

	/** A person's salary history, newest first. */
	@Transactional(readOnly = true)
	public List<SalaryEntry> history(Caller caller, long personId) {
		if (!isSelf(caller, personId)) {
			check(caller, personId);
		}
		return this.jdbc.sql("""
				select kind, amount, valid_from, recorded_by from insured_salary where person_id = :p
				order by valid_from desc, kind""")
			.param("p", personId)
			.query((rs, n) -> new SalaryEntry(rs.getString(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
					rs.getString(4)))
			.list();
	}

	/** The person with this CCCD visible to the caller (for imports). */
	@Transactional(readOnly = true)
	public Long personByCccd(String cccd) {
		List<Long> ids = this.jdbc.sql("select id from person_ref where cccd = :c")
			.param("c", cccd)
			.query(Long.class)
			.list();
		return ids.stream().filter((id) -> this.people.find(id).isPresent()).findFirst().orElse(null);
	}

	/** A person's name (after a scope check by the caller's page). */
	@Transactional(readOnly = true)
	public String name(long personId) {
		if (this.people.find(personId).isEmpty()) {
			throw NotFoundException.of("person", personId);
		}
		return this.jdbc.sql("select full_name from person_ref where id = :id")
			.param("id", personId)
			.query(String.class)
			.single();
	}

	/** The Party dues category in force on a day (SALARY when none was set). */
	@Transactional(readOnly = true)
	public String category(long personId, LocalDate day) {
		return this.reads.categories(List.of(personId), day).getOrDefault(personId, "SALARY");
	}

	/**
	 * Imports lines "CCCD; amount; date[; SALARY|PENSION]" (separated by ; , or tab; date
	 * dd/MM/yyyy or yyyy-MM-dd). Good lines are saved, bad ones reported by line number.
	 */
	@Transactional
	public ImportResult importLines(Caller caller, String text) {
		List<LineError> errors = new ArrayList<>();
		int saved = 0;
		String[] lines = text.split("\\R");
		if (lines.length > 5000) {
			errors.add(new LineError(5001, "dues.import.tooMany", new Object[] { 5000 }));
			return new ImportResult(0, errors);
		}
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].trim();
			if (line.isEmpty()) {
				continue;
			}
			String[] parts = line.split("[;,\\t]");
			try {
				if (parts.length < 3) {
					throw new RuleViolationException("dues.import.format");
				}
				Long person = personByCccd(parts[0].trim());
				if (person == null) {
					throw new RuleViolationException("dues.import.noPerson", parts[0].trim());
				}
				String kind = (parts.length > 3) ? parts[3].trim().toUpperCase(java.util.Locale.ROOT) : "SALARY";
				set(caller, person, kind, DuesInput.money("amount", parts[1]), parseDate(parts[2].trim()));
				saved++;
			}
			catch (vn.dangvu.platform.error.DomainException ex) {
				errors.add(new LineError(i + 1, ex.messageKey(), ex.args()));
			}
		}
		return new ImportResult(saved, errors);
	}

	private static LocalDate parseDate(String text) {
		try {
			if (text.contains("/")) {
				return LocalDate.parse(text, java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu")
					.withResolverStyle(java.time.format.ResolverStyle.STRICT));
			}
			return LocalDate.parse(text);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw RuleViolationException.onField("validFrom", "dues.date.invalid");
		}
	}

	public record ImportResult(int saved, List<LineError> errors) {
	}

	public record LineError(int line, String key, Object[] args) {
	}

	/** The member's own record: read-only, whatever the roles. */
	public static boolean isSelf(Caller caller, long personId) {
		return caller.personId() != null && caller.personId() == personId;
	}

	private void check(Caller caller, long personId) {
		if (!mayEnter(caller) || this.people.find(personId).isEmpty()) {
			throw NotFoundException.of("person", personId);
		}
	}

	public record SalaryEntry(String kind, long amount, LocalDate validFrom, String recordedBy) {
	}

}
