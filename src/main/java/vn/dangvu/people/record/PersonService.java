package vn.dangvu.people.record;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.people.scope.PersonScope;
import vn.dangvu.people.scope.PersonScopeRows;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.ConflictException;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.policy.Verdict;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.text.VietnameseName;
import vn.dangvu.platform.time.VietnamTime;

/**
 * Creates and changes person records for pages, the API and imports alike: the same
 * rules, the same scope checks, the same audit event and affiliation history.
 */
@Service
@RequiredArgsConstructor
public class PersonService {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	static final String ENTITY = "Person";

	private final JdbcClient jdbc;

	private final PersonRules rules;

	private final UnitScopes scopes;

	private final ApplicationEventPublisher events;

	private final PersonScopeRows scopeRows;

	private final Clock clock;

	private final Affiliations affiliations;

	public record Stored(long id, long version, PersonDraft draft) {
	}

	public LocalDate today() {
		return VietnamTime.today(this.clock);
	}

	/** A new person's data with the defaults filled in (ethnicity Kinh). */
	public static PersonDraft withDefaults(PersonDraft d) {
		if (d.ethnicity() != null) {
			return d;
		}
		return new PersonDraft(d.fullName(), d.birthDate(), d.sex(), d.cccd(), Ethnicities.DEFAULT, d.religion(),
				d.generalEducation(), d.professionalLevel(), d.theoryLevel(), d.jobTitle(), d.workUnitId(),
				d.partyUnitId(), d.unionUnitId(), d.youthUnitId(), d.phone(), d.email(), d.address());
	}

	/** The problems a new person's data would meet, without saving anything. */
	@Transactional(readOnly = true)
	public List<Verdict> checkNew(Caller caller, PersonDraft draft) {
		requireManager(caller);
		return this.rules.check(normalise(withDefaults(draft)), null, this.scopes.of(caller), today(), null);
	}

	@Transactional
	public long create(Caller caller, PersonDraft input) {
		return create(caller, input, "CREATE");
	}

	/** Creates a person read from an import file (the history says so). */
	@Transactional
	public long createImported(Caller caller, PersonDraft input) {
		return create(caller, input, "IMPORT");
	}

	private long create(Caller caller, PersonDraft input, String reason) {
		requireManager(caller);
		PersonDraft d = normalise(withDefaults(input));
		reject(this.rules.check(d, null, this.scopes.of(caller), today(), null));
		VietnameseName name = VietnameseName.parse(d.fullName());
		long id;
		try {
			id = this.jdbc.sql("""
					insert into person (full_name, family_name, middle_name, given_name, search_text, sort_key,
					  birth_date, sex, cccd, ethnicity, religion, general_education, professional_level, theory_level,
					  job_title, work_unit_id, party_unit_id, union_unit_id, youth_unit_id, phone, email, address)
					values (:fullName, :family, :middle, :given, :searchText, :sortKey, :birthDate, :sex, :cccd,
					  :ethnicity, :religion, :generalEducation, :professionalLevel, :theoryLevel, :jobTitle,
					  :workUnitId, :partyUnitId, :unionUnitId, :youthUnitId, :phone, :email, :address)
					returning id""").params(PersonColumns.of(d, name)).query(Long.class).single();
		}
		catch (DuplicateKeyException ex) {
			throw PersonRejected.refused(List.of(Verdict.reject(PersonRejected.DUPLICATE_CCCD).on("cccd")));
		}
		this.scopeRows.refresh(id);
		LocalDate today = today();
		for (AffiliationKind kind : AffiliationKind.values()) {
			if (d.unitOf(kind) != null) {
				this.affiliations.open(id, kind, d.unitOf(kind), today, reason);
			}
		}
		this.events.publishEvent(RecordChanged.created(ENTITY, id, d.workUnitId(), d.auditMap()));
		return id;
	}

	/** The stored data of a person the caller may see. */
	@Transactional(readOnly = true)
	public Stored load(Caller caller, long id) {
		return loadScoped(caller, id, false);
	}

	/**
	 * Replaces a person's data.
	 * @param expectedVersion the version the user edited, or null to skip the check
	 */
	@Transactional
	public void update(Caller caller, long id, PersonDraft input, Long expectedVersion) {
		requireManager(caller);
		Stored current = loadScoped(caller, id, true);
		if (expectedVersion != null && expectedVersion != current.version()) {
			throw new ConflictException("version", "error.stale");
		}
		PersonDraft d = normalise(input);
		reject(this.rules.check(d, id, this.scopes.of(caller), today(), current.draft()));
		VietnameseName name = VietnameseName.parse(d.fullName());
		Map<String, Object> params = PersonColumns.of(d, name);
		params.put("id", id);
		params.put("version", current.version());
		int rows;
		try {
			rows = this.jdbc.sql("""
					update person set full_name = :fullName, family_name = :family, middle_name = :middle,
					  given_name = :given, search_text = :searchText, sort_key = :sortKey, birth_date = :birthDate,
					  sex = :sex, cccd = :cccd, ethnicity = :ethnicity, religion = :religion,
					  general_education = :generalEducation, professional_level = :professionalLevel,
					  theory_level = :theoryLevel, job_title = :jobTitle, work_unit_id = :workUnitId,
					  party_unit_id = :partyUnitId, union_unit_id = :unionUnitId, youth_unit_id = :youthUnitId,
					  phone = :phone, email = :email, address = :address, version = version + 1, updated_at = now()
					where id = :id and version = :version""").params(params).update();
		}
		catch (DuplicateKeyException ex) {
			throw PersonRejected.refused(List.of(Verdict.reject(PersonRejected.DUPLICATE_CCCD).on("cccd")));
		}
		if (rows == 0) {
			throw new ConflictException("version", "error.stale");
		}
		this.scopeRows.refresh(id);
		LocalDate today = today();
		for (AffiliationKind kind : AffiliationKind.values()) {
			this.affiliations.change(id, kind, current.draft().unitOf(kind), d.unitOf(kind), today, "CHANGE");
		}
		this.events.publishEvent(
				RecordChanged.updated(ENTITY, id, "UPDATE", d.workUnitId(), current.draft().auditMap(), d.auditMap()));
	}

	/**
	 * Moves every person belonging to one of the source units to the target (a merge of
	 * units); runs in the merging transaction, without a caller.
	 * @return the number of persons moved
	 */
	@Transactional
	public int moveOnMerge(List<Long> sources, long target, LocalDate effectiveOn) {
		List<Long> ids = this.jdbc.sql("""
				select id from person where work_unit_id = any(:s) or party_unit_id = any(:s)
				  or union_unit_id = any(:s) or youth_unit_id = any(:s) order by id for update""")
			.param("s", sources.toArray(Long[]::new))
			.query(Long.class)
			.list();
		for (long id : ids) {
			PersonDraft before = read(id, false).draft();
			Long[] units = new Long[AffiliationKind.values().length];
			for (AffiliationKind kind : AffiliationKind.values()) {
				Long unit = before.unitOf(kind);
				boolean moves = unit != null && sources.contains(unit);
				units[kind.ordinal()] = moves ? Long.valueOf(target) : unit;
				if (moves) {
					this.affiliations.change(id, kind, unit, target, effectiveOn, "MERGE");
				}
			}
			this.jdbc.sql("""
					update person set work_unit_id = :w, party_unit_id = :p, union_unit_id = :u, youth_unit_id = :y,
					  version = version + 1, updated_at = now() where id = :id""")
				.param("w", units[0])
				.param("p", units[1])
				.param("u", units[2])
				.param("y", units[3])
				.param("id", id)
				.update();
			this.scopeRows.refresh(id);
			PersonDraft after = read(id, false).draft();
			this.events.publishEvent(RecordChanged.updated(ENTITY, id, "MERGE", after.workUnitId(), before.auditMap(),
					after.auditMap()));
		}
		return ids.size();
	}

	/**
	 * Sets the Party cell, union unit or youth branch of a person on behalf of the
	 * membership module (which has checked the caller's scope and its own rules), keeping
	 * the affiliation history, the scope read model and the audit trail.
	 */
	@Transactional
	public void changeMembershipUnit(long personId, AffiliationKind kind, Long unitId, LocalDate effectiveOn,
			String reason) {
		if (kind == AffiliationKind.WORK) {
			throw new IllegalArgumentException("work unit is not a membership");
		}
		PersonDraft before = read(personId, true).draft();
		Long current = before.unitOf(kind);
		if (java.util.Objects.equals(current, unitId)) {
			return;
		}
		this.jdbc
			.sql("update person set " + kind.column()
					+ " = :u, version = version + 1, updated_at = now() where id = :id")
			.param("u", unitId)
			.param("id", personId)
			.update();
		this.affiliations.change(personId, kind, current, unitId, effectiveOn, reason);
		this.scopeRows.refresh(personId);
		PersonDraft after = read(personId, false).draft();
		this.events.publishEvent(RecordChanged.updated(ENTITY, personId, "MEMBERSHIP", after.workUnitId(),
				before.auditMap(), after.auditMap()));
	}

	private Stored loadScoped(Caller caller, long id, boolean forUpdate) {
		PersonScope scope = PersonScope.of(caller, this.scopes.of(caller));
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		scope.bind(params);
		boolean visible = this.jdbc
			.sql("select exists (select 1 from person p where p.id = :id and " + scope.condition() + ")")
			.params(params)
			.query(Boolean.class)
			.single();
		if (!visible) {
			throw NotFoundException.of("person", id);
		}
		return read(id, forUpdate);
	}

	private Stored read(long id, boolean forUpdate) {
		return this.jdbc.sql("select * from person where id = :id" + (forUpdate ? " for update" : ""))
			.param("id", id)
			.query((rs, n) -> new Stored(rs.getLong("id"), rs.getLong("version"), PersonReads.draftOf(rs)))
			.optional()
			.orElseThrow(() -> NotFoundException.of("person", id));
	}

	private static void requireManager(Caller caller) {
		if (!caller.canManagePeople()) {
			throw new AccessDeniedException("person.write.denied");
		}
	}

	private static void reject(List<Verdict> violations) {
		if (!violations.isEmpty()) {
			throw PersonRejected.refused(violations);
		}
	}

	/** Stored forms: trimmed CCCD, phone without separators. */
	static PersonDraft normalise(PersonDraft d) {
		String cccd = d.cccd() == null ? null : d.cccd().replaceAll("\\s", "");
		String phone = d.phone() == null ? null : PersonRules.phoneDigits(d.phone());
		String fullName = d.fullName() == null ? null : VietnameseName.parse(d.fullName()).full();
		return new PersonDraft(fullName, d.birthDate(), d.sex(), cccd, d.ethnicity(), d.religion(),
				d.generalEducation(), d.professionalLevel(), d.theoryLevel(), d.jobTitle(), d.workUnitId(),
				d.partyUnitId(), d.unionUnitId(), d.youthUnitId(), phone, d.email(), d.address());
	}

}
