-- When an owner row became done (decision 0277): the instant of the progress record that made it done and kept it
-- done since, kept on the row by a trigger whoever writes it (a progress record, the demo, an import), so that a
-- review over a period (decision 0274) reads the owner rows and only the history of the rows changed after the
-- period's end, instead of the whole programme's history (1.5 M records in bench/ ProgrammeBoardBench: 4.8 s for
-- the root office's review of a year).
alter table programme_activity_owner add column done_since timestamptz;

-- Existing rows: the first record "done" after the last record that was not, as the review read it from the history;
-- a done row without history: its progress_at.
update programme_activity_owner o
set done_since = coalesce((
        select min(g.recorded_at) from programme_progress g
        where g.activity_id = o.activity_id and g.unit_id = o.unit_id and g.status = 'DONE'
          and g.recorded_at > coalesce((
              select max(g2.recorded_at) from programme_progress g2
              where g2.activity_id = o.activity_id and g2.unit_id = o.unit_id and g2.status <> 'DONE'),
              '-infinity'::timestamptz)),
        o.progress_at)
where o.status = 'DONE';

create function programme_owner_done_since() returns trigger language plpgsql as $$
begin
    if new.status <> 'DONE' then
        new.done_since := null;
    elsif tg_op = 'INSERT' or old.status <> 'DONE' then
        new.done_since := new.progress_at;
    end if;
    return new;
end
$$;

create trigger programme_owner_done_since before insert or update of status, progress_at on programme_activity_owner
    for each row execute function programme_owner_done_since();
