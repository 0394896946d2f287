-- Alternative measured by `bench/run.sh programme-board tally` (not in the application): the owner rows of each
-- activity counted by status and percent, kept by statement triggers on programme_activity_owner in the writing
-- transaction (like V903's counts on meeting), so that the roll-up over every owner of a programme reads at most
-- (activities × distinct percents) rows instead of every owner row. Exact: the aggregate over it gives the same
-- figures as the one over the owner rows (the bench compares them).
create table programme_owner_tally (
    activity_id bigint   not null references programme_activity (id) on delete cascade,
    status      text     not null,
    percent     smallint not null,
    owners      integer  not null check (owners >= 0),
    primary key (activity_id, status, percent)
);

create function programme_owner_tally() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update programme_owner_tally t set owners = t.owners - d.n
          from (select activity_id, status, percent, count(*) as n from changed_before group by 1, 2, 3) d
         where t.activity_id = d.activity_id and t.status = d.status and t.percent = d.percent;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into programme_owner_tally as t (activity_id, status, percent, owners)
        select activity_id, status, percent, count(*) from changed group by 1, 2, 3 order by 1, 2, 3
        on conflict (activity_id, status, percent) do update set owners = t.owners + excluded.owners;
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
