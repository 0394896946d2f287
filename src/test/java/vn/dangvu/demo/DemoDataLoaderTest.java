package vn.dangvu.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import vn.dangvu.IntegrationTest;
import vn.dangvu.people.Cccd;
import vn.dangvu.people.Sex;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoDataLoaderTest {

	@Autowired
	DemoDataLoader loader;

	@Autowired
	JdbcClient jdbc;

	@Test
	void partyTreeHasGrassrootsCommitteesUnderTheCustomsRoot() {
		Map<String, Object> root = this.jdbc
			.sql("select id, kind, path, depth, established_on from org_unit where code = 'DBCHQ'")
			.query()
			.singleRow();
		assertThat(root.get("kind")).isEqualTo("BLOC_COMMITTEE");
		assertThat(root.get("path")).isEqualTo("/" + root.get("id") + "/");
		Long grassroots = this.jdbc
			.sql("select count(*) from org_unit where kind = 'GRASSROOTS_COMMITTEE' and path like :p")
			.param("p", root.get("path") + "%")
			.query(Long.class)
			.single();
		assertThat(grassroots).isGreaterThanOrEqualTo(3);
		Long cells = this.jdbc.sql("select count(*) from org_unit where kind = 'CELL' and path like :p")
			.param("p", root.get("path") + "%")
			.query(Long.class)
			.single();
		assertThat(cells).isBetween(30L, 40L);
		Long subCommittees = this.jdbc.sql("select count(*) from org_unit where kind = 'SUB_COMMITTEE'")
			.query(Long.class)
			.single();
		assertThat(subCommittees).isGreaterThanOrEqualTo(2);
	}

	@Test
	void haTinhCommitteeHasExactlyItsEightCells() {
		List<String> cells = this.jdbc.sql("""
				select c.name from org_unit c join org_unit g on c.parent_id = g.id
				where g.name = 'Đảng bộ Chi cục Hải quan khu vực XI' and g.short_name = 'ĐB HQ Hà Tĩnh'
				  and c.kind = 'CELL' and c.path like g.path || '%' and c.depth = g.depth + 1
				order by c.name""").query(String.class).list();
		assertThat(cells).containsExactlyInAnyOrder("Chi bộ Hải quan cửa khẩu quốc tế Cầu Treo",
				"Chi bộ Hải quan cửa khẩu cảng Vũng Áng", "Chi bộ Đội Kiểm soát Hải quan",
				"Chi bộ Đội Kiểm soát phòng, chống ma túy", "Chi bộ Nghiệp vụ", "Chi bộ Văn phòng",
				"Chi bộ Hải quan cửa khẩu Cha Lo", "Chi bộ Hải quan Hồng Lĩnh");
		assertThat(this.jdbc.sql("select name from org_unit where code = 'CB-CAUTREO'").query(String.class).single())
			.isEqualTo("Chi bộ Hải quan cửa khẩu quốc tế Cầu Treo");
	}

	@Test
	void youthMembersAreYoungExceptAFewJustPastTheLimit() {
		List<Integer> ages = this.jdbc.sql("""
				select extract(year from age(current_date, birth_date))::int from person p
				join org_unit u on u.id = p.youth_unit_id
				where exists (select 1 from person_affiliation a where a.person_id = p.id and a.reason = 'DEMO')""")
			.query(Integer.class)
			.list();
		assertThat(ages).allMatch((a) -> a <= 32);
		// The demo keeps one in five of those aged 31 or 32 on its day of loading; how
		// many that is changes with the
		// day (16 on 05/12/2026, the bound used to be 15): a few is under a tenth of the
		// youth members.
		assertThat(ages.stream().filter((a) -> a > 30).count()).as("a few past the limit")
			.isBetween(1L, ages.size() / 10L);
	}

	@Test
	void fixedPeopleOfCauTreoAreThere() {
		Map<String, Object> duc = this.jdbc.sql("""
				select p.family_name, p.middle_name, p.given_name, p.birth_date, p.party_unit_id = u.id as in_party
				from person p join org_unit u on u.id = p.work_unit_id
				where p.full_name = 'Nguyễn Văn Đức' and u.code = 'CB-CAUTREO'""").query().singleRow();
		assertThat(duc).containsEntry("family_name", "Nguyễn")
			.containsEntry("middle_name", "Văn")
			.containsEntry("given_name", "Đức")
			.containsEntry("in_party", true);
		assertThat(((java.sql.Date) duc.get("birth_date")).toLocalDate().getYear()).isEqualTo(1988);
		Long namesakes = this.jdbc.sql("""
				select count(*) from person p where full_name = 'Nguyễn Văn Đức'
				and exists (select 1 from person_affiliation a where a.person_id = p.id and a.reason = 'DEMO')""")
			.query(Long.class)
			.single();
		assertThat(namesakes).isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select count(*) from person p where search_text like '%nguyen van duc%'
				and exists (select 1 from person_affiliation a where a.person_id = p.id and a.reason = 'DEMO')""")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void everyDemoAccountExistsWithItsGrantAndPassword() {
		List<Map<String, Object>> rows = this.jdbc
			.sql("""
					select a.username, a.password_hash, g.role, u.code as unit, p.full_name, p.job_title, pu.code as person_cell
					from account a join account_grant g on g.account_id = a.id
					left join org_unit u on u.id = g.unit_id
					left join person p on p.id = a.person_id
					left join org_unit pu on pu.id = p.work_unit_id
					where a.username in ('admin', 'vanphong', 'bithu.cautreo', 'congdoan', 'dangvien', 'doanthanhnien')
					order by a.username""")
			.query()
			.listOfRows();
		assertThat(rows).extracting((r) -> r.get("username") + ":" + r.get("role") + ":" + r.get("unit"))
			.containsExactly("admin:ADMIN:null", "bithu.cautreo:CELL_SECRETARY:CB-CAUTREO",
					"congdoan:UNION_OFFICER:CD-CUC", "dangvien:MEMBER:null", "doanthanhnien:YOUTH_OFFICER:DTN-CUC",
					"vanphong:COMMITTEE_OFFICE:DBCHQ");
		BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
		for (Map<String, Object> r : rows) {
			String hash = (String) r.get("password_hash");
			if (!"admin".equals(r.get("username"))) {
				assertThat(hash).startsWith("{bcrypt}");
				assertThat(bcrypt.matches("demo123", hash.substring("{bcrypt}".length()))).isTrue();
			}
		}
		Map<String, Object> secretary = rows.get(1);
		assertThat(secretary.get("person_cell")).isEqualTo("CB-CAUTREO");
		assertThat((String) secretary.get("job_title")).contains("Bí thư Chi bộ");
		Map<String, Object> member = rows.get(3);
		assertThat(member.get("full_name")).isEqualTo("Nguyễn Văn Đức");
	}

	@Test
	void runningTheLoaderAgainChangesNothing() {
		long units = count("org_unit");
		long people = count("person");
		long affiliations = count("person_affiliation");
		long accounts = count("account");
		assertThat(this.loader.load()).isFalse();
		assertThat(count("org_unit")).isEqualTo(units);
		assertThat(count("person")).isEqualTo(people);
		assertThat(count("person_affiliation")).isEqualTo(affiliations);
		assertThat(count("account")).isEqualTo(accounts);
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
