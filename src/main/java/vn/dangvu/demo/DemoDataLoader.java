package vn.dangvu.demo;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.demo.DemoOrganisation.UnitSeed;
import vn.dangvu.demo.DemoPeople.PersonSeed;
import vn.dangvu.platform.DemoMode;
import vn.dangvu.platform.text.VietnameseName;
import vn.dangvu.platform.text.VietnameseText;

/**
 * Fills an empty database with the demo organisation, its staff and one account per role
 * (decision 0040): bulk SQL like a migration, run once when the singletons are ready and
 * before the web server takes requests. Nothing happens when demo mode is off or when
 * {@code org_unit} already has rows.
 */
@Component
class DemoDataLoader implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	static final String PASSWORD = "demo123";

	static final String RECORDED_BY = "demo";

	private final DemoMode demoMode;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	private final Clock clock;

	DemoDataLoader(DemoMode demoMode, JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
		this.demoMode = demoMode;
		this.jdbc = jdbc;
		this.tx = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.demoMode.isEnabled()) {
			load();
		}
	}

	/** Loads the demo data if the unit table is empty; true when it did. */
	boolean load() {
		long started = System.nanoTime();
		Boolean loaded = this.tx.execute((status) -> {
			Integer units = this.jdbc.queryForObject("select count(*) from (select 1 from org_unit limit 1) u",
					Integer.class);
			if (units != null && units > 0) {
				return false;
			}
			Map<String, Long> unitIds = insertUnits(DemoOrganisation.units());
			List<PersonSeed> people = DemoPeople.generate(VietnamTime.today(this.clock));
			Map<String, Long> personIds = insertPeople(people, unitIds);
			insertAccounts(unitIds, personIds);
			LocalDate today = VietnamTime.today(this.clock);
			vn.dangvu.membership.demo.DemoMembership.load(this.jdbc, today, unitIds);
			DemoMassMembership.load(this.jdbc, today);
			DemoDirectives.load(this.jdbc, unitIds, personIds, today);
			DemoAuditHistory.load(this.jdbc);

			return true;
		});
		if (Boolean.TRUE.equals(loaded)) {
			log.info("Demo data loaded in {} ms (password of every demo account: {})",
					(System.nanoTime() - started) / 1_000_000, PASSWORD);
		}
		return Boolean.TRUE.equals(loaded);
	}

	private List<Long> nextIds(String table, int count) {
		return this.jdbc.queryForList("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)",
				Long.class, table, count);
	}

	/**
	 * Inserts the current units, then the units closed by the reorganisation, and the
	 * history rows of both (decision 0010, {@link DemoReorganisation}).
	 */
	private Map<String, Long> insertUnits(List<UnitSeed> current) {
		List<UnitSeed> closed = DemoReorganisation.closedUnits();
		List<UnitSeed> units = new ArrayList<>(current);
		units.addAll(closed);
		List<Long> ids = nextIds("org_unit", units.size());
		Map<String, Long> byCode = new HashMap<>();
		for (int i = 0; i < units.size(); i++) {
			byCode.put(units.get(i).code(), ids.get(i));
		}
		Map<String, String> mergedInto = DemoReorganisation.mergedInto();
		Date reorganised = Date.valueOf(DemoReorganisation.ON);
		List<Object[]> rows = new ArrayList<>();
		for (UnitSeed u : units) {
			Long parent = (u.parentCode() != null) ? byCode.get(u.parentCode()) : null;
			Long ledBy = (u.ledByCode() != null) ? byCode.get(u.ledByCode()) : null;
			String into = mergedInto.get(u.code());
			String search = VietnameseText.fold(u.name() + " " + u.shortName() + " " + u.code());
			rows.add(new Object[] { byCode.get(u.code()), u.code(), u.kind(), u.name(), u.shortName(), parent, search,
					Date.valueOf(DemoReorganisation.establishedOn(u.code(), current)), ledBy,
					(into != null) ? reorganised : null, (into != null) ? byCode.get(into) : null });
		}
		List<Object[]> history = new ArrayList<>();
		for (DemoReorganisation.HistorySeed h : DemoReorganisation.history(current)) {
			history.add(new Object[] { byCode.get(h.code()), h.change(), Date.valueOf(h.validFrom()),
					(h.validTo() != null) ? Date.valueOf(h.validTo()) : null, h.name(), h.shortName(),
					(h.parentCode() != null) ? byCode.get(h.parentCode()) : null, h.decisionRef(), h.note() });
		}
		// path and depth are set by the org_unit_path_before trigger; parents come first,
		// and units are merged only into units inserted before them.
		this.jdbc.batchUpdate("""
				insert into org_unit (id, code, kind, name, short_name, parent_id, path, depth, search_text,
				                      established_on, led_by_id, closed_on, merged_into_id)
				values (?, ?, ?, ?, ?, ?, '', 0, ?, ?, ?, ?, ?)""", rows);
		this.jdbc.batchUpdate("""
				insert into org_unit_history (unit_id, change, valid_from, valid_to, name, short_name, parent_id,
				                              decision_ref, note, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, '%s')""".formatted(RECORDED_BY), history);
		return byCode;
	}

	/** Returns the ids of the fixed people by full name. */
	private Map<String, Long> insertPeople(List<PersonSeed> people, Map<String, Long> unitIds) {
		List<Long> ids = nextIds("person", people.size());
		List<Object[]> rows = new ArrayList<>(people.size());
		List<Object[]> affiliations = new ArrayList<>(people.size() * 3);
		Map<String, Long> fixed = new HashMap<>();
		for (int i = 0; i < people.size(); i++) {
			PersonSeed p = people.get(i);
			long id = ids.get(i);
			VietnameseName name = VietnameseName.parse(p.fullName());
			Long cell = unitIds.get(p.team().cellCode());
			Long party = p.party() ? cell : null;
			Long union = p.union() ? unitIds.get("CD-" + p.team().key()) : null;
			Long youth = p.youth() ? unitIds.get("DTN-" + p.team().key()) : null;
			String search = VietnameseText.fold(name.full()) + " " + p.cccd();
			rows.add(new Object[] { id, name.full(), name.family(), name.middle(), name.given(), search, name.sortKey(),
					Date.valueOf(p.birthDate()), p.sex().name(), p.cccd(), p.ethnicity(), p.religion(), p.education(),
					p.theoryLevel(), p.jobTitle(), cell, party, union, youth, p.phone(), p.email() });
			Date from = Date.valueOf(p.joinedOn());
			affiliations.add(new Object[] { id, "WORK", cell, from });
			if (party != null) {
				affiliations.add(new Object[] { id, "PARTY", party, from });
			}
			if (union != null) {
				affiliations.add(new Object[] { id, "UNION", union, from });
			}
			if (youth != null) {
				affiliations.add(new Object[] { id, "YOUTH", youth, from });
			}
			if (p.fullName().equals(DemoPeople.SECRETARY_CAUTREO) || p.fullName().equals(DemoPeople.MEMBER_CAUTREO)
					|| p.fullName().equals(DemoPeople.YOUTH_CAUTREO)) {
				fixed.put(p.fullName(), id);
			}
		}
		this.jdbc.batchUpdate("""
				insert into person (id, full_name, family_name, middle_name, given_name, search_text, sort_key,
				                    birth_date, sex, cccd, ethnicity, religion, general_education, professional_level,
				                    theory_level, job_title, work_unit_id, party_unit_id, union_unit_id, youth_unit_id,
				                    phone, email)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'GRADE_12_12', ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		this.jdbc.batchUpdate("""
				insert into person_affiliation (person_id, kind, unit_id, valid_from, reason)
				values (?, ?, ?, ?, 'DEMO')""", affiliations);
		// the people module's scope read model (decision 0070), in one statement
		this.jdbc.update("""
				insert into person_scope (person_id, path, sort_key, search_text, party_member, union_member,
				  youth_member, birth_date)
				select distinct p.id, u.path, p.sort_key, p.search_text, p.party_unit_id is not null,
				  p.union_unit_id is not null, p.youth_unit_id is not null, p.birth_date
				from person p join org_unit u
				  on u.id in (p.work_unit_id, p.party_unit_id, p.union_unit_id, p.youth_unit_id)
				where p.id between ? and ?
				on conflict do nothing""", Collections.min(ids), Collections.max(ids));
		return fixed;
	}

	private void insertAccounts(Map<String, Long> unitIds, Map<String, Long> personIds) {
		String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD);
		for (DemoAccounts.AccountSeed a : DemoAccounts.ACCOUNTS) {
			Long personId = (a.personName() != null) ? personIds.get(a.personName()) : null;
			// An account of that name may already exist (e.g. an admin created from
			// DANGVU_ADMIN_PASSWORD): keep it and only add the grant.
			this.jdbc.update("""
					insert into account (username, display_name, password_hash, person_id)
					values (?, ?, ?, ?) on conflict do nothing""", a.username(), a.displayName(), hash, personId);
			Long accountId = this.jdbc.queryForObject("select id from account where lower(username) = lower(?)",
					Long.class, a.username());
			Long unitId = (a.unitCode() != null) ? unitIds.get(a.unitCode()) : null;
			this.jdbc.update(
					"insert into account_grant (account_id, role, unit_id) values (?, ?, ?) on conflict do nothing",
					accountId, a.role().name(), unitId);
		}
	}

}
