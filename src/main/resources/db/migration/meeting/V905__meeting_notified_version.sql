-- The version of the meeting its last notice told (decision 0225): a notice of a meeting unchanged since the
-- last one tells nobody anything new, and two clicks at the same instant must not send two.
alter table meeting add column notified_version integer;
update meeting set notified_version = version where notified_at is not null;
