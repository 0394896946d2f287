-- The statistics read model (decision 0280): per unit, day and "via" (the child of the unit on the way down to the
-- unit where the event was recorded; the unit itself for an event recorded there), the seven counts of
-- MembershipStatistics. Every counted event adds 1 to one row of each ancestor-or-self of its unit, so a unit's
-- report over a period is one index range (unit_id, day) grouped by via_id: its children's rows, never the cells.
-- Kept in the writing transaction by a statement trigger on membership_event (the shape of V1004); the log is
-- append-only (V500), so inserts are the only change. Unit moves: MembershipTallyMoves (on UnitMoved).
create table membership_tally (
    unit_id         bigint  not null,
    day             date    not null,
    via_id          bigint  not null,
    admitted        integer not null,
    converted       integer not null,
    transferred_in  integer not null,
    transferred_out integer not null,
    struck_off      integer not null,
    expelled        integer not null,
    youth_matured   integer not null,
    primary key (unit_id, day, via_id)
        include (admitted, converted, transferred_in, transferred_out, struck_off, expelled, youth_matured)
);

-- The events counted, as MembershipStatistics counted them in the log: seven (membership, type) pairs.
create function membership_tally_counted(membership text, event_type text) returns boolean
    language sql immutable parallel safe
    return (membership = 'PARTY' and event_type in ('ADMITTED', 'CONVERTED', 'TRANSFER_IN', 'TRANSFER_OUT',
                                                    'STRUCK_OFF', 'EXPELLED'))
        or (membership = 'YOUTH' and event_type = 'MATURED');

-- A statement adds +1 for each counted event it appends and -1 for each counted event it corrects for the first
-- time (an event already corrected by an earlier statement was taken out then), expanded to every ancestor-or-self
-- of the event's unit from its current path, net per key in one upsert in key order (two writers lock the rows
-- they share in the same order). The shared advisory lock pairs with the exclusive one a unit move takes before it
-- carries a subtree's counts to its new ancestors: a path read here is never one the move has already carried.
create function membership_tally_apply() returns trigger language plpgsql as $$
begin
    perform pg_advisory_xact_lock_shared(hashtext('membership_tally'), 0);
    insert into membership_tally as t (unit_id, day, via_id, admitted, converted, transferred_in, transferred_out,
                                       struck_off, expelled, youth_matured)
    select a.ids[i], d.day, a.ids[least(i + 1, cardinality(a.ids))],
           sum(case when d.event_type = 'ADMITTED' then d.n else 0 end),
           sum(case when d.event_type = 'CONVERTED' then d.n else 0 end),
           sum(case when d.event_type = 'TRANSFER_IN' then d.n else 0 end),
           sum(case when d.event_type = 'TRANSFER_OUT' then d.n else 0 end),
           sum(case when d.event_type = 'STRUCK_OFF' then d.n else 0 end),
           sum(case when d.event_type = 'EXPELLED' then d.n else 0 end),
           sum(case when d.event_type = 'MATURED' then d.n else 0 end)
      from (select e.unit_id, e.occurred_on as day, e.event_type, 1 as n from added e
             where e.unit_id is not null and membership_tally_counted(e.membership, e.event_type)
            union all
            select c.unit_id, c.occurred_on, c.event_type, -1 from membership_event c
             where c.id in (select x.corrects_id from added x where x.corrects_id is not null)
               and c.unit_id is not null and membership_tally_counted(c.membership, c.event_type)
               and not exists (select 1 from membership_event o
                                where o.corrects_id = c.id and not exists (select 1 from added x where x.id = o.id))) d
      join unit_ref u on u.id = d.unit_id
     cross join lateral (select string_to_array(trim(both '/' from u.path), '/')::bigint[] as ids) a
     cross join lateral generate_subscripts(a.ids, 1) i
     group by 1, 2, 3
     order by 1, 2, 3
    on conflict (unit_id, day, via_id) do update
       set admitted = t.admitted + excluded.admitted, converted = t.converted + excluded.converted,
           transferred_in = t.transferred_in + excluded.transferred_in,
           transferred_out = t.transferred_out + excluded.transferred_out,
           struck_off = t.struck_off + excluded.struck_off, expelled = t.expelled + excluded.expelled,
           youth_matured = t.youth_matured + excluded.youth_matured;
    return null;
end
$$;

create trigger membership_tally_insert after insert on membership_event
    referencing new table as added for each statement execute function membership_tally_apply();

-- The tally of the existing log: the same definition, in bulk.
insert into membership_tally (unit_id, day, via_id, admitted, converted, transferred_in, transferred_out, struck_off,
                              expelled, youth_matured)
select a.ids[i], e.occurred_on, a.ids[least(i + 1, cardinality(a.ids))],
       count(*) filter (where e.event_type = 'ADMITTED'),
       count(*) filter (where e.event_type = 'CONVERTED'),
       count(*) filter (where e.event_type = 'TRANSFER_IN'),
       count(*) filter (where e.event_type = 'TRANSFER_OUT'),
       count(*) filter (where e.event_type = 'STRUCK_OFF'),
       count(*) filter (where e.event_type = 'EXPELLED'),
       count(*) filter (where e.event_type = 'MATURED')
  from membership_event e
  join unit_ref u on u.id = e.unit_id
 cross join lateral (select string_to_array(trim(both '/' from u.path), '/')::bigint[] as ids) a
 cross join lateral generate_subscripts(a.ids, 1) i
 where membership_tally_counted(e.membership, e.event_type)
   and not exists (select 1 from membership_event c where c.corrects_id = e.id)
 group by 1, 2, 3;
