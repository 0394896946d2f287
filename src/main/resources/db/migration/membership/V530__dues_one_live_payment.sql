-- One live payment per member, month and kind (decision 0155). Two identical requests at the
-- same instant both passed the "already paid?" check and both inserted. Each payment of a
-- member's month now carries its attempt number (1, then 2 after the first was reversed, ...),
-- unique among payments (reversing rows copy the number of the row they reverse and are left
-- out); the service writes attempt n + 1 only when it sees all n earlier ones reversed, in the
-- same statement, so a second writer of the same month collides on the index.
alter table dues_payment add column attempt integer not null default 1 check (attempt >= 1);

-- Number the rows already there (the append-only trigger is lifted for this backfill only).
alter table dues_payment disable trigger dues_payment_no_change;
update dues_payment d set attempt = n.attempt
from (select id, row_number() over (partition by kind, person_id, month order by id) as attempt
      from dues_payment where reverses_id is null) n
where n.id = d.id and d.attempt <> n.attempt;
update dues_payment r set attempt = p.attempt
from dues_payment p
where r.reverses_id = p.id and r.attempt <> p.attempt;
alter table dues_payment enable trigger dues_payment_no_change;

-- Payments a race recorded twice: the later live duplicates are undone by a reversing row, as a
-- person would undo them, so that the ledger counts each member's month once.
insert into dues_payment (kind, person_id, unit_id, month, amount, method, paid_on, reverses_id, attempt,
                          recorded_by)
select d.kind, d.person_id, d.unit_id, d.month, -d.amount, d.method, current_date, d.id, d.attempt,
       'V530 (khoản nộp trùng do ghi đồng thời)'
from dues_payment d
where d.reverses_id is null
  and not exists (select 1 from dues_payment r where r.reverses_id = d.id)
  and exists (select 1 from dues_payment o
              where o.kind = d.kind and o.person_id = d.person_id and o.month = d.month
                and o.reverses_id is null and o.id < d.id
                and not exists (select 1 from dues_payment r where r.reverses_id = o.id));

create unique index dues_payment_one_attempt_idx on dues_payment (kind, person_id, month, attempt)
    where reverses_id is null;
