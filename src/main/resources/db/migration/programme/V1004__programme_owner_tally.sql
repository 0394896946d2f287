-- The owner rows of each activity counted by status and percent (decision 0276), kept in the writing transaction
-- by statement triggers on programme_activity_owner (like V903's counts on meeting), so that the roll-up and the
-- board's summary over every owner of a programme read at most (activities × distinct percents) rows instead of
-- every owner row: 235 activities cascaded to 3,000 units are 705,000 owner rows (bench/ ProgrammeBoardBench).
-- Exact: ProgrammeOwnerTallyTest compares it with the aggregate over the owner rows after inserts, updates and
-- deletes of many rows at once.
create table programme_owner_tally (
    activity_id bigint   not null references programme_activity (id) on delete cascade,
    status      text     not null,
    percent     smallint not null,
    owners      integer  not null,
    primary key (activity_id, status, percent)
);

-- Inserts and updates apply their net change per (activity, status, percent) in one upsert, in key order, so that two
-- writers changing the same counts lock them in the same order. (No check that a count stays >= 0: PostgreSQL checks
-- the row proposed to an upsert before it meets the conflict, so a negative change would be refused; the test
-- checks instead that no count goes below zero.) A delete only lowers existing counts: when an
-- activity is deleted its counts go with it (on delete cascade) and nothing is left to lower.
create function programme_owner_tally() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into programme_owner_tally as t (activity_id, status, percent, owners)
        select activity_id, status, percent, count(*) from changed group by 1, 2, 3 order by 1, 2, 3
        on conflict (activity_id, status, percent) do update set owners = t.owners + excluded.owners;
    elsif tg_op = 'UPDATE' then
        insert into programme_owner_tally as t (activity_id, status, percent, owners)
        select activity_id, status, percent, sum(n)
          from (select activity_id, status, percent, 1 as n from changed
                union all
                select activity_id, status, percent, -1 from changed_before) d
         group by 1, 2, 3 having sum(n) <> 0 order by 1, 2, 3
        on conflict (activity_id, status, percent) do update set owners = t.owners + excluded.owners;
    else
        update programme_owner_tally t set owners = t.owners - d.n
          from (select activity_id, status, percent, count(*) as n from changed_before group by 1, 2, 3) d
         where t.activity_id = d.activity_id and t.status = d.status and t.percent = d.percent;
    end if;
    return null;
end
$$;

create trigger programme_owner_tally_insert after insert on programme_activity_owner
    referencing new table as changed for each statement execute function programme_owner_tally();
create trigger programme_owner_tally_update after update on programme_activity_owner
    referencing new table as changed old table as changed_before
    for each statement execute function programme_owner_tally();
create trigger programme_owner_tally_delete after delete on programme_activity_owner
    referencing old table as changed_before for each statement execute function programme_owner_tally();

insert into programme_owner_tally (activity_id, status, percent, owners)
select activity_id, status, percent, count(*) from programme_activity_owner group by 1, 2, 3;
