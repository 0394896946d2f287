-- When the notice of a meeting went to its expected members, and how many (issue 11, decision 0225).
alter table meeting add column notified_at timestamptz;
alter table meeting add column notified_count integer check (notified_count >= 0);
