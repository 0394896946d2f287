-- Imports in a cluster (decision 0224): the node running a job and its last sign of life. A node
-- that starts fails its own jobs left running; any node fails a job nobody has kept alive lately.
alter table person_import_job add column node varchar(255);
alter table person_import_job add column heartbeat_at timestamptz not null default now();
create index person_import_job_running_idx on person_import_job (heartbeat_at)
    where status in ('VALIDATING', 'IMPORTING');
