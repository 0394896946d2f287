-- Work programmes (issue 12, decision 0270): a unit's programme for a period, its areas, key tasks,
-- indicators and activities, the units that own each activity, their progress (append-only) and the
-- amendments of an adopted programme. Units are unit_ref ids, people person_ref ids, documents ids of
-- the directive registry, meetings ids of the meeting module; none of them is a foreign key (decision 0201).

create table programme (
    id                     bigserial primary key,
    unit_id                bigint      not null,
    kind                   text        not null check (kind in ('PARTY_ANNUAL', 'RESOLUTION_ACTION', 'GOVERNMENT_PLAN',
                                                               'UNION_ANNUAL', 'YOUTH_ANNUAL')),
    title                  text        not null check (length(title) between 1 and 300),
    -- the title folded without diacritics, for the search box
    search                 text        not null,
    period_kind            text        not null check (period_kind in ('YEAR', 'HALF', 'TERM')),
    starts_on              date        not null,
    ends_on                date        not null,
    state                  text        not null default 'DRAFT' check (state in ('DRAFT', 'ADOPTED', 'CLOSED')),
    adopting_document_id   bigint,
    adopting_meeting_id    bigint,
    adopted_on             date,
    closed_on              date,
    -- the resolution a RESOLUTION_ACTION programme carries out
    resolution_document_id bigint,
    roll_up                text        not null default 'EQUAL' check (roll_up in ('EQUAL', 'WEIGHTED')),
    version                integer     not null default 0,
    created_at             timestamptz not null default now(),
    created_by             text        not null,
    updated_at             timestamptz,
    updated_by             text,
    check (ends_on > starts_on),
    check (state = 'DRAFT' or (adopted_on is not null
                               and (adopting_document_id is not null or adopting_meeting_id is not null))),
    check (state <> 'CLOSED' or closed_on is not null),
    check (kind <> 'RESOLUTION_ACTION' or resolution_document_id is not null)
);
create index programme_unit on programme (unit_id, starts_on desc);
create index programme_period on programme (starts_on, ends_on);
create index programme_search on programme using gin (search gin_trgm_ops);

create table programme_area (
    id           bigserial primary key,
    programme_id bigint  not null references programme (id) on delete cascade,
    position     integer not null check (position between 1 and 100),
    title        text    not null check (length(title) between 1 and 300)
);
create index programme_area_programme on programme_area (programme_id, position);

-- A key task; parent_task_id is the task of a programme of an ancestor unit that this one concretises
-- (the cascade). The trigger below holds that rule, so the links never form a cycle.
create table programme_task (
    id             bigserial primary key,
    programme_id   bigint        not null references programme (id) on delete cascade,
    area_id        bigint        not null references programme_area (id) on delete cascade,
    position       integer       not null check (position between 1 and 1000),
    code           text          not null check (code ~ '^[0-9]{1,3}(\.[0-9]{1,3}){0,3}$'),
    title          text          not null check (length(title) between 1 and 500),
    weight         numeric(7, 2) not null default 1 check (weight > 0 and weight <= 10000),
    parent_task_id bigint        references programme_task (id),
    unique (programme_id, code),
    check (parent_task_id is null or parent_task_id <> id)
);
create index programme_task_area on programme_task (area_id, position);
create index programme_task_parent on programme_task (parent_task_id) where parent_task_id is not null;

create function programme_task_parent_valid() returns trigger language plpgsql as $$
begin
    if new.parent_task_id is null then
        return new;
    end if;
    if not exists (
        select 1
        from programme_task pt
        join programme pp on pp.id = pt.programme_id
        join unit_ref pu on pu.id = pp.unit_id
        join programme p on p.id = new.programme_id
        join unit_ref u on u.id = p.unit_id
        where pt.id = new.parent_task_id and u.path like pu.path || '%' and u.path <> pu.path) then
        raise exception 'programme_task %: parent % must be a task in a programme of a unit above', new.id,
            new.parent_task_id using errcode = '23514', constraint = 'programme_task_parent_above';
    end if;
    return new;
end
$$;

create trigger programme_task_parent_before
    before insert or update of parent_task_id, programme_id on programme_task
    for each row execute function programme_task_parent_valid();

create table programme_indicator (
    id         bigserial primary key,
    task_id    bigint         not null references programme_task (id) on delete cascade,
    position   integer        not null check (position between 1 and 100),
    name       text           not null check (length(name) between 1 and 300),
    kind       text           not null check (kind in ('PERCENT', 'COUNT', 'AMOUNT_VND', 'YES_NO')),
    target     numeric(18, 2) not null,
    unit_label text           check (length(unit_label) <= 50),
    check (kind <> 'PERCENT' or target between 0 and 100),
    check (kind <> 'YES_NO' or target in (0, 1)),
    check (kind not in ('COUNT', 'AMOUNT_VND') or (target >= 0 and target = trunc(target)))
);
create index programme_indicator_task on programme_indicator (task_id, position);

-- The actual value of an indicator for a period (a month, six months, a year), the latest write wins.
create table programme_indicator_value (
    indicator_id bigint         not null references programme_indicator (id) on delete cascade,
    period_start date           not null,
    period_end   date           not null,
    value        numeric(18, 2) not null,
    note         text           check (length(note) <= 1000),
    recorded_by  text           not null,
    recorded_at  timestamptz    not null default now(),
    primary key (indicator_id, period_start, period_end),
    check (period_end >= period_start)
);

-- An activity of a key task. A due month or quarter is stored as its last day with the precision it was
-- given, so that "overdue" is one comparison whatever the precision.
create table programme_activity (
    id             bigserial primary key,
    programme_id   bigint        not null references programme (id) on delete cascade,
    task_id        bigint        not null references programme_task (id) on delete cascade,
    position       integer       not null check (position between 1 and 10000),
    title          text          not null check (length(title) between 1 and 500),
    lead_person_id bigint,
    starts_on      date,
    due_on         date          not null,
    due_precision  text          not null default 'DAY' check (due_precision in ('DAY', 'MONTH', 'QUARTER')),
    deliverable    text          check (length(deliverable) <= 500),
    weight         numeric(7, 2) not null default 1 check (weight > 0 and weight <= 10000),
    check (starts_on is null or starts_on <= due_on)
);
create index programme_activity_task on programme_activity (task_id, position);
create index programme_activity_programme_due on programme_activity (programme_id, due_on);

-- The units that own an activity (one programme cascaded to 3,000 units: ~700,000 rows). The current
-- status is the latest progress record's, kept here in the same transaction as that record so that a
-- board reads one row per owner; the history stays in programme_progress.
create table programme_activity_owner (
    activity_id  bigint      not null references programme_activity (id) on delete cascade,
    unit_id      bigint      not null,
    programme_id bigint      not null references programme (id) on delete cascade,
    status       text        not null default 'NOT_STARTED'
                             check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    percent      smallint    not null default 0 check (percent between 0 and 100),
    progress_at  timestamptz,
    primary key (activity_id, unit_id)
);
create index programme_owner_unit on programme_activity_owner (unit_id, status, activity_id);
create index programme_owner_programme on programme_activity_owner (programme_id, activity_id, status);

create table programme_progress (
    id            bigserial primary key,
    activity_id   bigint      not null,
    unit_id       bigint      not null,
    status        text        not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    percent       smallint    not null check (percent between 0 and 100),
    note          text        check (length(note) <= 2000),
    evidence_kind text        check (evidence_kind in ('DOCUMENT', 'MEETING', 'FILE')),
    evidence_ref  text        check (length(evidence_ref) <= 300),
    recorded_by   text        not null,
    recorded_at   timestamptz not null default now(),
    foreign key (activity_id, unit_id) references programme_activity_owner (activity_id, unit_id) on delete cascade,
    check (status <> 'DONE' or percent = 100),
    check ((evidence_kind is null) = (evidence_ref is null))
);
create index programme_progress_owner on programme_progress (activity_id, unit_id, recorded_at desc, id desc);

-- Each change of an adopted programme's structure: why, on what authority, and the structure before it.
create table programme_amendment (
    id                   bigserial primary key,
    programme_id         bigint      not null references programme (id) on delete cascade,
    number               integer     not null check (number >= 1),
    reason               text        not null check (length(reason) between 1 and 1000),
    change               text        not null check (length(change) between 1 and 100),
    adopting_document_id bigint,
    adopting_meeting_id  bigint,
    recorded_by          text        not null,
    recorded_at          timestamptz not null default now(),
    snapshot             jsonb       not null,
    unique (programme_id, number)
);
