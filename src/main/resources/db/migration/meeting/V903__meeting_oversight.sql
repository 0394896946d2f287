-- The committee's oversight of its cells' meetings (decision 0227): what its set-based statements read without
-- going through the million attendance rows of a province.

-- Members expected and present at each meeting, kept by the database from meeting_attendance in the
-- transaction that writes it (whoever writes it: the record, the demo, a bulk load), so that attendance over a
-- year is a sum over meetings. Zero until the meeting is recorded.
alter table meeting add column expected_count integer not null default 0 check (expected_count >= 0);
alter table meeting add column present_count integer not null default 0 check (present_count between 0 and expected_count);

create function meeting_attendance_tally() returns trigger language plpgsql as $$
declare
    ids bigint[];
begin
    if tg_op = 'INSERT' then
        select array_agg(distinct meeting_id) into ids from changed;
    elsif tg_op = 'DELETE' then
        select array_agg(distinct meeting_id) into ids from changed_before;
    else
        select array_agg(distinct meeting_id) into ids
        from (select meeting_id from changed union select meeting_id from changed_before) t;
    end if;
    update meeting m
       set expected_count = t.expected, present_count = t.present
      from (select i.id, count(a.person_id) as expected,
                   count(a.person_id) filter (where a.presence = 'PRESENT') as present
            from unnest(ids) as i (id) left join meeting_attendance a on a.meeting_id = i.id
            group by i.id) t
     where m.id = t.id and (m.expected_count, m.present_count) is distinct from (t.expected, t.present);
    return null;
end
$$;

create trigger meeting_attendance_tally_insert after insert on meeting_attendance
    referencing new table as changed for each statement execute function meeting_attendance_tally();
create trigger meeting_attendance_tally_update after update on meeting_attendance
    referencing new table as changed old table as changed_before
    for each statement execute function meeting_attendance_tally();
create trigger meeting_attendance_tally_delete after delete on meeting_attendance
    referencing old table as changed_before for each statement execute function meeting_attendance_tally();

update meeting m
   set expected_count = t.expected, present_count = t.present
  from (select meeting_id, count(*) as expected, count(*) filter (where presence = 'PRESENT') as present
        from meeting_attendance group by meeting_id) t
 where m.id = t.meeting_id;

-- The held meetings by day: attendance by month, grades of the year and the order of a cell's meetings read
-- from the index alone.
create index meeting_held_day on meeting (meets_on, unit_id) include (id, starts_at, expected_count, present_count)
    where state = 'HELD';

-- Absences only (about one attendance row in twenty): the runs of meetings missed in a row and the unexcused
-- ones of a year.
create index meeting_attendance_absent on meeting_attendance (meeting_id) include (person_id, presence)
    where presence <> 'PRESENT';
