package vn.dangvu.people.demo;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.dangvu.people.demo.DemoPeople.PersonSeed;
import vn.dangvu.people.scope.PersonScopeRows;
import vn.dangvu.platform.demo.DemoContext;
import vn.dangvu.platform.demo.DemoSeed;
import vn.dangvu.platform.text.VietnameseName;
import vn.dangvu.platform.text.VietnameseText;

/**
 * Seeds the demo staff (decision 0202): about a thousand persons in the teams of the demo
 * organisation, their affiliations and the {@code person_scope} read model, in bulk SQL
 * like a migration. Units come from the context (kind "unit"); the fixed people of Cầu
 * Treo are recorded under their full names, kind "person".
 */
@Component
@Order(200)
@RequiredArgsConstructor
class PeopleDemo implements DemoSeed {

	private static final Set<String> FIXED = Set.of(DemoPeople.SECRETARY_CAUTREO, DemoPeople.MEMBER_CAUTREO,
			DemoPeople.YOUTH_CAUTREO);

	private final JdbcTemplate jdbc;

	private final PersonScopeRows scopeRows;

	@Override
	public void seed(DemoContext context) {
		// the audit trail of the staff as the person service would have written it
		context.recordHistory(
				"""
						select %s, 'demo', 'CREATE', 'Person', p.id::text, p.work_unit_id, '{}'::jsonb,
						       jsonb_build_object('fullName', p.full_name, 'birthDate', p.birth_date::text, 'sex', p.sex,
						           'cccd', p.cccd, 'workUnitId', p.work_unit_id, 'partyUnitId', p.party_unit_id,
						           'unionUnitId', p.union_unit_id, 'youthUnitId', p.youth_unit_id)
						from person p
						left join lateral (select min(a.valid_from) as since from person_affiliation a where a.person_id = p.id) f
						  on true"""
					.formatted(DemoContext.morningOf("coalesce(f.since, current_date)")));
		List<PersonSeed> people = DemoPeople.generate(context.today());
		Map<String, Long> unitIds = context.ids("unit");
		List<Long> ids = this.jdbc.queryForList(
				"select nextval(pg_get_serial_sequence('person', 'id')) from generate_series(1, ?)", Long.class,
				people.size());
		List<Object[]> rows = new ArrayList<>(people.size());
		List<Object[]> affiliations = new ArrayList<>(people.size() * 3);
		Map<String, Long> fixed = new HashMap<>();
		for (int i = 0; i < people.size(); i++) {
			PersonSeed p = people.get(i);
			long id = ids.get(i);
			Long cell = unitIds.get(p.team().cellCode());
			Long party = p.party() ? cell : null;
			Long union = p.union() ? unitIds.get("CD-" + p.team().key()) : null;
			Long youth = p.youth() ? unitIds.get("DTN-" + p.team().key()) : null;
			rows.add(row(id, p, cell, party, union, youth));
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
			if (FIXED.contains(p.fullName())) {
				fixed.put(p.fullName(), id);
			}
		}
		insert(rows, affiliations, Collections.min(ids), Collections.max(ids));
		context.put("person", fixed);
	}

	private static Object[] row(long id, PersonSeed p, Long cell, Long party, Long union, Long youth) {
		VietnameseName name = VietnameseName.parse(p.fullName());
		String search = VietnameseText.fold(name.full()) + " " + p.cccd();
		return new Object[] { id, name.full(), name.family(), name.middle(), name.given(), search, name.sortKey(),
				Date.valueOf(p.birthDate()), p.sex().name(), p.cccd(), p.ethnicity(), p.religion(), p.education(),
				p.theoryLevel(), p.jobTitle(), cell, party, union, youth, p.phone(), p.email() };
	}

	private void insert(List<Object[]> rows, List<Object[]> affiliations, long firstId, long lastId) {
		this.jdbc.batchUpdate("""
				insert into person (id, full_name, family_name, middle_name, given_name, search_text, sort_key,
				                    birth_date, sex, cccd, ethnicity, religion, general_education, professional_level,
				                    theory_level, job_title, work_unit_id, party_unit_id, union_unit_id, youth_unit_id,
				                    phone, email)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'GRADE_12_12', ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		this.jdbc.batchUpdate("""
				insert into person_affiliation (person_id, kind, unit_id, valid_from, reason)
				values (?, ?, ?, ?, 'DEMO')""", affiliations);
		// the scope read model (decision 0070), in one statement
		this.scopeRows.fill(firstId, lastId);
	}

}
