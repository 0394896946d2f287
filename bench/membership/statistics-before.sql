-- The statistics query before decision 0280 (MembershipStatistics.SQL up to issue 13, verbatim): one pass over
-- membership_event per report. Kept so that bench/membership/run.sh measures before and after in one run.
select u.id, u.code, u.name,
  count(*) filter (where e.membership = 'PARTY' and e.event_type = 'ADMITTED'),
  count(*) filter (where e.membership = 'PARTY' and e.event_type = 'CONVERTED'),
  count(*) filter (where e.membership = 'PARTY' and e.event_type = 'TRANSFER_IN'),
  count(*) filter (where e.membership = 'PARTY' and e.event_type = 'TRANSFER_OUT'),
  count(*) filter (where e.membership = 'PARTY' and e.event_type = 'STRUCK_OFF'),
  count(*) filter (where e.membership = 'PARTY' and e.event_type = 'EXPELLED'),
  count(*) filter (where e.membership = 'YOUTH' and e.event_type = 'MATURED')
from membership_event e join unit_ref u on u.id = e.unit_id
where u.path like any(:patterns) and e.occurred_on between :from and :to
  and e.event_type in ('ADMITTED', 'CONVERTED', 'TRANSFER_IN', 'TRANSFER_OUT', 'STRUCK_OFF', 'EXPELLED',
    'MATURED')
  and not exists (select 1 from membership_event c where c.corrects_id = e.id)
group by u.id, u.code, u.name, u.path order by u.path
