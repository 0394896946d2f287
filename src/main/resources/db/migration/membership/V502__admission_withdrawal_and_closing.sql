-- Correcting an admission file (decision 0101). The last recorded step can be withdrawn: the
-- row is kept and marked, and the log event it wrote (event_id) is cancelled by a CORRECTED
-- event; prior_unit_id keeps the person's Party cell before the ceremony so that withdrawing it
-- puts it back. A file of a candidate who withdraws or is not admitted is closed with a reason.
alter table admission_step
    add column event_id         bigint references membership_event (id),
    add column prior_unit_id    bigint references org_unit (id),
    add column withdrawn_at     timestamptz,
    add column withdrawn_by     varchar(100),
    add column withdrawn_reason varchar(500);

alter table admission
    add column closed_on date,
    add column closed_by varchar(100);
