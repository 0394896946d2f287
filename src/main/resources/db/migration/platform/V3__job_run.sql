-- Scheduled jobs (decision 0223): one row per job and period. The key makes a job run at most
-- once per period whichever application node fires it; the rows are the jobs' history.
create table job_run (
    job          varchar(64)  not null,
    period_start timestamptz  not null,
    node         varchar(255) not null,
    started_at   timestamptz  not null,
    finished_at  timestamptz,
    outcome      varchar(500),
    constraint job_run_pk primary key (job, period_start)
);
create index job_run_started_ix on job_run (started_at);
