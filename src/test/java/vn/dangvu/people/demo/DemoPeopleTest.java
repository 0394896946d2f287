package vn.dangvu.people.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dangvu.IntegrationTest;
import vn.dangvu.people.Cccd;
import vn.dangvu.people.Sex;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo staff as the demo loader seeds them (moved from DemoDataLoaderTest). */
@IntegrationTest
class DemoPeopleTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aboutAThousandPeopleWithValidUniqueCccds() {
		List<Map<String, Object>> people = this.jdbc.sql("""
				select cccd, birth_date, sex from person p
				where exists (select 1 from person_affiliation a where a.person_id = p.id and a.reason = 'DEMO')
				  and search_text like '% ' || cccd""").query().listOfRows();
		assertThat(people).hasSizeGreaterThanOrEqualTo(1000);
		for (Map<String, Object> p : people) {
			LocalDate birth = ((java.sql.Date) p.get("birth_date")).toLocalDate();
			assertThat(Cccd.check((String) p.get("cccd"), birth, Sex.valueOf((String) p.get("sex"))))
				.as("CCCD %s", p.get("cccd"))
				.isEmpty();
		}
		Map<String, Object> shares = this.jdbc.sql("""
				select count(*) as total, count(party_unit_id) as party, count(union_unit_id) as union_members,
				       count(youth_unit_id) as youth, count(*) filter (where sex = 'MALE') as men
				from person p join org_unit u on u.id = p.work_unit_id
				join org_unit r on r.code = 'DBCHQ' and u.path like r.path || '%'
				where exists (select 1 from person_affiliation a where a.person_id = p.id and a.reason = 'DEMO')""")
			.query()
			.singleRow();
		long total = (Long) shares.get("total");
		assertThat(total).isEqualTo(DemoPeople.TOTAL);
		assertThat((Long) shares.get("party") * 100 / total).isBetween(50L, 70L);
		assertThat((Long) shares.get("union_members") * 100 / total).isBetween(90L, 99L);
		assertThat((Long) shares.get("men") * 100 / total).isBetween(48L, 62L);
		assertThat((Long) shares.get("youth")).isPositive();
	}

	@Test
	void generationIsDeterministic() {
		LocalDate today = LocalDate.of(2026, 1, 1);
		assertThat(DemoPeople.generate(today)).isEqualTo(DemoPeople.generate(today));
	}

}
