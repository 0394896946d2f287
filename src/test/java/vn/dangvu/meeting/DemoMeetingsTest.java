package vn.dangvu.meeting;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.testkit.TestUnits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The demo's meetings: a year for every open cell, thematic ones each quarter, some not
 * recorded, grades in all four bands, and in CB-CAUTREO a member absent three meetings in
 * a row (not four), and another who missed three regular meetings without a reason in
 * three months of one year (the striking-off pattern).
 */
@IntegrationTest
class DemoMeetingsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyOpenCellHasAYearOfMeetings() {
		Integer cellsWithout = this.jdbc.sql("""
				select count(*) from unit_ref u where u.kind = 'CELL' and u.closed_on is null
				  and u.id in (select id from unit_ref where code like 'CB-%')
				  and (select count(*) from meeting m where m.unit_id = u.id and m.created_by = 'demo') < 16""")
			.query(Integer.class)
			.single();
		assertThat(cellsWithout).isZero();
		List<String> grades = this.jdbc.sql(
				"select distinct coalesce(g.override_grade, g.grade) from meeting_grade g join meeting m on m.id = g.meeting_id where m.created_by = 'demo'")
			.query(String.class)
			.list();
		assertThat(grades).containsExactlyInAnyOrder("GOOD", "FAIR", "AVERAGE", "POOR");
		assertThat(this.jdbc
			.sql("""
					select count(*) from meeting where created_by = 'demo' and state = 'PLANNED' and meets_on < current_date - 7""")
			.query(Integer.class)
			.single()).isPositive();
		assertThat(this.jdbc.sql("select count(*) from meeting where created_by = 'demo' and state = 'CANCELLED'")
			.query(Integer.class)
			.single()).isPositive();
	}

	@Test
	void aMemberOfCauTreoMissedTheLastThreeMeetings() throws Exception {
		long cell = TestUnits.idOf(this.jdbc, "CB-CAUTREO");
		long last = this.jdbc.sql("""
				select id from meeting where unit_id = :c and state = 'HELD' and created_by = 'demo'
				order by meets_on desc, id desc limit 1""").param("c", cell).query(Long.class).single();
		String body = this.mvc
			.perform(get("/api/v1/meetings/" + last).with(TestCallers.as(TestCallers.secretaryOf(cell))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Object> reasons = JsonPath.read(body,
				"$.meeting.attendance[?(@.reason == 'Đi công tác dài ngày')].personId");
		assertThat(reasons).hasSize(1);
		List<Object> run = JsonPath.read(body, "$.score.lines[?(@.code == 'NO_LONG_ABSENCE')].reasonArgs[0]");
		assertThat(((Number) run.get(0)).intValue()).isEqualTo(3);
	}

	@Test
	void aMemberOfCauTreoReachesTheStrikingOffPattern() throws Exception {
		long cell = TestUnits.idOf(this.jdbc, "CB-CAUTREO");
		int thisYear = this.jdbc.sql("select extract(year from current_date)::int").query(Integer.class).single();
		List<Object> flagged = new java.util.ArrayList<>();
		for (int year : new int[] { thisYear, thisYear - 1 }) {
			String body = this.mvc
				.perform(get("/api/v1/meetings/absences").param("unit", String.valueOf(cell))
					.param("year", String.valueOf(year))
					.with(TestCallers.as(TestCallers.secretaryOf(cell))))
				.andReturn()
				.getResponse()
				.getContentAsString();
			flagged.addAll(JsonPath.read(body, "$.members[?(@.strikingOff == true && @.months == 3)].personId"));
		}
		assertThat(flagged).as("a member missed meetings without a reason in three months of one year").isNotEmpty();
		assertThat(flagged.stream()
			.filter((p) -> this.jdbc.sql("""
					select count(*) filter (where a.presence = 'UNEXCUSED' and m.kind = 'REGULAR') = 3
					   and count(*) filter (where a.presence = 'UNEXCUSED') = 3
					from meeting_attendance a join meeting m on m.id = a.meeting_id where a.person_id = :p""")
				.param("p", ((Number) p).longValue())
				.query(Boolean.class)
				.single()))
			.as("the chosen member: three regular meetings, no other absence without a reason")
			.hasSize(1);
	}

	@Test
	void cauTreoSignedTheMinutesOfItsGradedMeetingsButTheLastTwo() {
		long cell = TestUnits.idOf(this.jdbc, "CB-CAUTREO");
		List<Boolean> signedNewestFirst = this.jdbc.sql("""
				select exists (select 1 from meeting_minutes_version v where v.meeting_id = m.id
				               and v.signer_name = 'Phan Đình Thắng' and v.version = 1
				               and (v.signed_at at time zone 'Asia/Ho_Chi_Minh')::date = m.meets_on)
				from meeting m where m.unit_id = :c and m.state = 'HELD' and m.created_by = 'demo'
				  and (m.id in (select meeting_id from meeting_grade) or m.meets_on > current_date - 60)
				order by m.meets_on desc""").param("c", cell).query(Boolean.class).list();
		assertThat(signedNewestFirst).hasSizeGreaterThan(4);
		assertThat(signedNewestFirst.subList(0, 2)).containsOnly(false);
		assertThat(signedNewestFirst.subList(2, signedNewestFirst.size())).containsOnly(true);
	}

}
