package vn.dangvu.programme;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dangvu.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo programmes (docs/demo-data.md): the committee's 2020 programme of 3 areas, 18
 * key tasks and 235 activities, adopted and closed; this year's, adopted and amended
 * twice; the cascade down to Chi bộ Cầu Treo; the union's and the youth's.
 */
@IntegrationTest
class DemoProgrammesTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCommitteesProgrammeOf2020Has3Areas18TasksAnd235Activities() {
		long id = this.jdbc.sql("""
				select p.id from programme p join org_unit u on u.id = p.unit_id
				where u.code = 'DBCHQ' and p.starts_on = date '2020-01-01' and p.created_by = 'demo'""")
			.query(Long.class)
			.single();
		assertThat(count("select count(*) from programme_area where programme_id = :id", id)).isEqualTo(3);
		assertThat(count("select count(*) from programme_task where programme_id = :id", id)).isEqualTo(18);
		assertThat(count("select count(*) from programme_activity where programme_id = :id", id)).isEqualTo(235);
		assertThat(count("""
				select count(*) from programme_indicator i join programme_task t on t.id = i.task_id
				where t.programme_id = :id""", id)).isGreaterThanOrEqualTo(18);
		assertThat(this.jdbc.sql("select title from programme_area where programme_id = :id order by position")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("Cải cách, hiện đại hóa hải quan", "Thu ngân sách nhà nước",
					"Xây dựng lực lượng Hải quan trong sạch, vững mạnh");
		assertThat(this.jdbc.sql("select state from programme where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("CLOSED");
		List<String> titles = this.jdbc.sql("select distinct title from programme_activity where programme_id = :id")
			.param("id", id)
			.query(String.class)
			.list();
		assertThat(titles).as("readable and distinct within each task").hasSizeGreaterThan(200);
	}

	@Test
	void thisYearsProgrammeIsAdoptedAmendedAndConcretisedDownToACell() {
		long current = this.jdbc.sql("""
				select p.id from programme p join org_unit u on u.id = p.unit_id
				where u.code = 'DBCHQ' and extract(year from p.starts_on) = extract(year from current_date)
				  and p.created_by = 'demo'""").query(Long.class).single();
		assertThat(count("select count(*) from programme_amendment where programme_id = :id", current)).isEqualTo(2);
		assertThat(count("""
				select count(*) from programme_task c join programme_task t on t.id = c.parent_task_id
				where t.programme_id = :id""", current)).isEqualTo(2);
		assertThat(this.jdbc.sql("""
				select count(*) from programme p join org_unit u on u.id = p.unit_id
				where u.code in ('CD-CUC', 'DTN-CUC', 'CB-CAUTREO') and p.created_by = 'demo'""")
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void the2020ProgrammeHasAYearOfProgressAndIndicatorValues() {
		long id = this.jdbc.sql("""
				select p.id from programme p join org_unit u on u.id = p.unit_id
				where u.code = 'DBCHQ' and p.starts_on = date '2020-01-01' and p.created_by = 'demo'""")
			.query(Long.class)
			.single();
		long owners = count("select count(*) from programme_activity_owner where programme_id = :id", id);
		long done = count("select count(*) from programme_activity_owner where programme_id = :id and status = 'DONE'",
				id);
		assertThat(done).as("most done by the end of the year").isGreaterThan(owners * 3 / 4).isLessThan(owners);
		assertThat(count("""
				select count(*) from programme_progress g join programme_activity a on a.id = g.activity_id
				where a.programme_id = :id and g.recorded_at < timestamptz '2021-01-01 00:00+07'""", id))
			.isGreaterThanOrEqualTo(done);
		assertThat(count("""
				select count(distinct v.period_end) from programme_indicator_value v
				join programme_indicator i on i.id = v.indicator_id join programme_task t on t.id = i.task_id
				where t.programme_id = :id""", id)).isEqualTo(4);
	}

	private long count(String sql, long id) {
		return this.jdbc.sql(sql).param("id", id).query(Long.class).single();
	}

}
