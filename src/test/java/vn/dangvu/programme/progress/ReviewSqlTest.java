package vn.dangvu.programme.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dangvu.IntegrationTest;
import vn.dangvu.platform.time.VietnamTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review's owner rows read through {@code done_since} (V1005, decision 0277) give the
 * figures that reading the whole history gave (decision 0274's first form, kept here as
 * the reference): every demo programme, over its own period, each half and the first
 * quarter of its first year, by area and by unit. The demo's programme of this year has
 * rows changed after the first half, which the new form reads back from their history.
 */
@IntegrationTest
class ReviewSqlTest {

	/** Decision 0274's first form: every owner row's done day from the whole history. */
	static final String HISTORY_ROWS = """
			with h as (
			  select g.activity_id, g.unit_id, g.status, g.recorded_at,
			         max(g.recorded_at) filter (where g.status <> 'DONE')
			             over (partition by g.activity_id, g.unit_id) as last_open
			  from programme_progress g join programme_activity a on a.id = g.activity_id
			  where a.programme_id = :p and g.recorded_at < :toEnd),
			d as (
			  select activity_id, unit_id, min(recorded_at) as done_at from h
			  where status = 'DONE' and (last_open is null or recorded_at > last_open)
			  group by activity_id, unit_id),
			r as (
			  select o.activity_id, o.unit_id, a.task_id, a.due_on,
			         (coalesce(d.done_at,
			                   case when o.status = 'DONE' and o.progress_at < :toEnd and not exists (
			                          select 1 from programme_progress g
			                          where g.activity_id = o.activity_id and g.unit_id = o.unit_id)
			                        then o.progress_at end) at time zone 'Asia/Ho_Chi_Minh')::date as done_on
			  from programme_activity_owner o join programme_activity a on a.id = o.activity_id
			  left join d on d.activity_id = o.activity_id and d.unit_id = o.unit_id
			  where o.programme_id = :p and o.status <> 'CANCELLED' and %s)
			""";

	@Autowired
	JdbcClient jdbc;

	@Test
	void theOwnerRowsGiveTheFiguresOfTheWholeHistory() {
		List<Map<String, Object>> programmes = this.jdbc
			.sql("select id, starts_on, ends_on from programme where created_by = 'demo' order by id")
			.query()
			.listOfRows();
		assertThat(programmes).hasSizeGreaterThanOrEqualTo(3);
		int compared = 0;
		for (Map<String, Object> p : programmes) {
			LocalDate starts = ((java.sql.Date) p.get("starts_on")).toLocalDate();
			LocalDate ends = ((java.sql.Date) p.get("ends_on")).toLocalDate();
			int year = starts.getYear();
			for (LocalDate[] period : List.of(new LocalDate[] { starts, ends },
					new LocalDate[] { LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30) },
					new LocalDate[] { LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31) },
					new LocalDate[] { LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 31) })) {
				Map<String, Object> params = params((Long) p.get("id"), period[0], period[1]);
				String now = ReviewSql.ROWS.formatted(ProgressSql.ALL_UNITS);
				String then = HISTORY_ROWS.formatted(ProgressSql.ALL_UNITS);
				String areas = ReviewSql.areas(ProgressSql.ALL_UNITS);
				String units = ReviewSql.units(ProgressSql.ALL_UNITS, true);
				assertThat(areas).startsWith(now);
				assertThat(rows(areas, params)).as("areas of %s over %s", p, List.of(period))
					.isEqualTo(rows(then + areas.substring(now.length()), params));
				assertThat(rows(units, params)).as("units of %s over %s", p, List.of(period))
					.isEqualTo(rows(then + units.substring(now.length()), params));
				compared++;
			}
		}
		assertThat(compared).isGreaterThanOrEqualTo(12);
		int moved = this.jdbc.sql("""
				select count(*) from programme_activity_owner o join programme p on p.id = o.programme_id
				where p.created_by = 'demo' and o.status = 'DONE'
				  and o.progress_at >= (make_date(extract(year from p.starts_on)::int, 7, 1)::timestamp
				                        at time zone 'Asia/Ho_Chi_Minh')""").query(Integer.class).single();
		assertThat(moved).as("rows changed after a first half, read back from their history").isPositive();
	}

	private Map<String, Object> params(long programme, LocalDate from, LocalDate to) {
		Map<String, Object> params = new HashMap<>();
		params.put("p", programme);
		params.put("from", from);
		params.put("to", to);
		params.put("lateAsOf", to);
		params.put("toEnd", to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());
		params.put("size", 1000);
		params.put("off", 0);
		return params;
	}

	private List<List<Object>> rows(String sql, Map<String, Object> params) {
		return this.jdbc.sql(sql).params(params).query((rs, n) -> {
			List<Object> row = new ArrayList<>();
			for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
				row.add(rs.getString(i));
			}
			return row;
		}).list();
	}

}
