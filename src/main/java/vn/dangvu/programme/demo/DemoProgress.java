package vn.dangvu.programme.demo;

import java.sql.Date;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Progress of a demo programme as of a day (decision 0272), set-based so that the demo
 * loads fast and the same day gives the same figures: owner rows of activities due before
 * the day are mostly done (one in nine still in progress, one in 53 cancelled), those
 * under way are about as far as the time elapsed (some ahead, some behind), those not
 * started are left; each one moved gets its history; indicators get cumulative values for
 * the quarters ended.
 */
final class DemoProgress {

	private DemoProgress() {
	}

	static void seed(JdbcTemplate jdbc, long programme, LocalDate asOf, String recordedBy) {
		Date day = Date.valueOf(asOf);
		jdbc.update(
				"""
						with r as (
						    select o.activity_id, o.unit_id, a.due_on, coalesce(a.starts_on, p.starts_on) s,
						           (row_number() over (order by ar.position, t.position, a.position, u.path))::int n
						    from programme_activity_owner o join programme_activity a on a.id = o.activity_id
						    join programme_task t on t.id = a.task_id join programme_area ar on ar.id = t.area_id
						    join programme p on p.id = o.programme_id join unit_ref u on u.id = o.unit_id
						    where o.programme_id = ?
						), k as (
						    select r.*, case
						        when n % 53 = 0 then 'CANCELLED'
						        when due_on < ?::date and n % 9 <> 0 then 'DONE'
						        when due_on < ?::date then 'IN_PROGRESS'
						        when s >= ?::date or n % 7 = 0 then 'NOT_STARTED'
						        else 'IN_PROGRESS' end st
						    from r
						), v as (
						    select k.*, case st
						        when 'DONE' then 100
						        when 'IN_PROGRESS' then case when due_on < ?::date then 50 + (n % 5) * 10
						            else greatest(10, least(90, (100 * (?::date - s) / greatest(1, due_on - s)) / 10 * 10
						                                         + (n % 5 - 2) * 10)) end
						        else 0 end pc,
						        ((greatest(s, least(due_on, ?::date - 1) - (n % 6)) + time '09:00')
						            at time zone 'Asia/Ho_Chi_Minh') at_time
						    from k
						), changed as (
						    update programme_activity_owner o set status = v.st, percent = v.pc, version = 1, progress_at = v.at_time
						    from v where o.activity_id = v.activity_id and o.unit_id = v.unit_id and v.st <> 'NOT_STARTED'
						    returning o.activity_id
						)
						insert into programme_progress (activity_id, unit_id, status, percent, note, recorded_by, recorded_at)
						select activity_id, unit_id, st, pc,
						       case st when 'DONE' then 'Đã hoàn thành, có báo cáo kết quả'
						               when 'CANCELLED' then 'Không thực hiện do điều chỉnh nhiệm vụ'
						               else 'Đang triển khai' end, ?, at_time
						from v where st <> 'NOT_STARTED'""",
				programme, day, day, day, day, day, day, recordedBy);
		jdbc.update(
				"""
						insert into programme_indicator_value (indicator_id, period_start, period_end, value, note, recorded_by,
						                                       recorded_at)
						select i.id, make_date(?, q * 3 - 2, 1), (make_date(?, q * 3, 1) + interval '1 month - 1 day')::date,
						       case i.kind
						           when 'YES_NO' then case when q = 4 then i.target else 0 end
						           when 'PERCENT' then round(least(100, i.target * q / 4.0 * (0.9 + (i.position % 3) * 0.07)), 2)
						           else round(i.target * q / 4.0 * (0.9 + (i.position % 3) * 0.07)) end,
						       'Lũy kế đến hết quý ' || q, ?,
						       (least((make_date(?, q * 3, 1) + interval '1 month 4 days')::date, ?::date) + time '09:00') at time zone 'Asia/Ho_Chi_Minh'
						from programme_indicator i join programme_task t on t.id = i.task_id cross join generate_series(1, 4) q
						where t.programme_id = ? and (make_date(?, q * 3, 1) + interval '1 month - 1 day')::date <= ?::date""",
				asOf.getYear(), asOf.getYear(), recordedBy, asOf.getYear(), day, programme, asOf.getYear(), day);
	}

}
