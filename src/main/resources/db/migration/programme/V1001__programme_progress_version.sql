-- Issue 12, progress (decision 0272): an owner row names its version so that one of two identical progress
-- records sent at the same instant wins and the other is told the row was just changed (409).
alter table programme_activity_owner add column version integer not null default 0 check (version >= 0);
