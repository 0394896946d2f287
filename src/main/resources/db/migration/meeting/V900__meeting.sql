-- Cell meetings (issue 11, decision 0225): the plan, what was recorded when a meeting was held,
-- and its quality grade. The cell is a unit of unit_ref (kind CELL); people are person_ref ids.

create table meeting (
    id            bigserial primary key,
    unit_id       bigint      not null,
    kind          text        not null check (kind in ('REGULAR', 'THEMATIC')),
    topic         text        not null check (length(topic) between 1 and 300),
    meets_on      date        not null,
    starts_at     time        not null,
    place         text        check (length(place) <= 200),
    state         text        not null default 'PLANNED' check (state in ('PLANNED', 'HELD', 'CANCELLED')),
    cancel_reason text        check (length(cancel_reason) <= 500),
    -- when held: the actual times, who chaired and who took the minutes, the resolution and its vote
    held_from     time,
    held_to       time,
    chair_id      bigint,
    secretary_id  bigint,
    guests        text        check (length(guests) <= 1000),
    resolution    text        check (length(resolution) <= 20000),
    votes_for     integer     check (votes_for >= 0),
    votes_against integer     check (votes_against >= 0),
    votes_abstain integer     check (votes_abstain >= 0),
    recorded_at   timestamptz,
    recorded_by   text,
    version       integer     not null default 0,
    created_at    timestamptz not null default now(),
    created_by    text        not null,
    check (state <> 'CANCELLED' or cancel_reason is not null),
    check (held_to is null or held_from is null or held_to > held_from)
);
create index meeting_unit_day on meeting (unit_id, meets_on);
create index meeting_day on meeting (meets_on, unit_id) include (state, kind);

-- One row per member expected on the day (full and probationary members of the cell), written when
-- the meeting is recorded as held.
create table meeting_attendance (
    meeting_id   bigint  not null references meeting (id) on delete cascade,
    person_id    bigint  not null,
    probationary boolean not null,
    presence     text    not null check (presence in ('PRESENT', 'EXCUSED', 'UNEXCUSED')),
    reason       text    check (length(reason) <= 300),
    spoke        boolean not null default false,
    primary key (meeting_id, person_id),
    check (presence <> 'EXCUSED' or reason is not null)
);
create index meeting_attendance_person on meeting_attendance (person_id, meeting_id);

create table meeting_agenda_item (
    meeting_id bigint  not null references meeting (id) on delete cascade,
    position   integer not null check (position between 1 and 50),
    title      text    not null check (length(title) between 1 and 300),
    notes      text    check (length(notes) <= 20000),
    criticism  boolean not null default false,
    primary key (meeting_id, position)
);

-- Documents of the directive registry to read before the meeting (ids of the registry's documents).
create table meeting_document (
    meeting_id  bigint not null references meeting (id) on delete cascade,
    document_id bigint not null,
    primary key (meeting_id, document_id)
);

-- The score sheet (criteria, points, grade bands) is effective-dated data: the sheet in force for a
-- meeting is the latest one valid on its day whose unit is the cell or the nearest unit above it with a
-- sheet; a sheet without a unit is the default (the one of RULES.md).
create table meeting_score_sheet (
    id          bigserial primary key,
    unit_id     bigint,
    valid_from  date    not null,
    name        text    not null check (length(name) between 1 and 200),
    source      text    not null check (length(source) between 1 and 300),
    good_min    numeric(5, 1) not null,
    fair_min    numeric(5, 1) not null,
    average_min numeric(5, 1) not null,
    created_at  timestamptz not null default now(),
    created_by  text    not null,
    check (good_min > fair_min and fair_min > average_min and average_min >= 0),
    unique nulls not distinct (unit_id, valid_from)
);

create table meeting_score_criterion (
    sheet_id   bigint  not null references meeting_score_sheet (id) on delete cascade,
    code       text    not null check (code ~ '^[A-Z_]{2,40}$'),
    position   integer not null,
    label_vi   text    not null,
    label_en   text    not null,
    points     numeric(5, 1) not null check (points > 0),
    -- the check the record proves (null: scored by hand) and its threshold
    auto_check text    check (auto_check in ('ATTENDANCE', 'NO_UNEXCUSED', 'NO_LONG_ABSENCE', 'DURATION',
                                             'PARTICIPATION', 'RESOLUTION', 'MINUTES')),
    threshold  numeric(6, 1),
    -- a grade Tốt needs full marks here
    must_full  boolean not null default false,
    primary key (sheet_id, code)
);

-- The grade of a held meeting: the committee's hand scores, the total with the automatic ones, the band.
create table meeting_grade (
    meeting_id      bigint primary key references meeting (id) on delete cascade,
    sheet_id        bigint not null references meeting_score_sheet (id),
    manual_scores   jsonb  not null,
    total           numeric(5, 1) not null,
    grade           text   not null check (grade in ('GOOD', 'FAIR', 'AVERAGE', 'POOR')),
    graded_at       timestamptz not null,
    graded_by       text   not null,
    override_grade  text   check (override_grade in ('GOOD', 'FAIR', 'AVERAGE', 'POOR')),
    override_reason text   check (length(override_reason) <= 500),
    overridden_by   text,
    check (override_grade is null or override_reason is not null)
);

-- The default sheet: Hướng dẫn 12-HD/BTCTW's signs of a quality meeting, scored as the Bình Thuận bloc
-- committee's sheet does (RULES.md): Tốt ≥ 90 with attendance, duration, participation and minutes at
-- full marks; Khá 70–<90; Trung bình 50–<70; Kém < 50.
insert into meeting_score_sheet (unit_id, valid_from, name, source, good_min, fair_min, average_min, created_by)
values (null, date '2018-07-06', 'Phiếu chấm chất lượng sinh hoạt chi bộ (mặc định)',
        'Hướng dẫn 12-HD/BTCTW ngày 06/7/2018; thang điểm theo Đảng ủy Khối tỉnh Bình Thuận', 90, 70, 50, 'system');

insert into meeting_score_criterion (sheet_id, code, position, label_vi, label_en, points, auto_check, threshold, must_full)
select s.id, c.code, c.position, c.label_vi, c.label_en, c.points, c.auto_check, c.threshold, c.must_full
from meeting_score_sheet s,
     (values
        ('ATTENDANCE', 1, 'Tỷ lệ đảng viên dự họp trên 85%', 'Attendance above 85%', 15.0, 'ATTENDANCE', 85.0, true),
        ('NO_UNEXCUSED', 2, 'Không có đảng viên vắng mặt không lý do', 'No unexcused absence', 10.0, 'NO_UNEXCUSED', null, false),
        ('NO_LONG_ABSENCE', 3, 'Không có đảng viên vắng quá 3 kỳ liên tiếp', 'No member absent more than 3 meetings in a row', 5.0, 'NO_LONG_ABSENCE', 3.0, false),
        ('PREPARATION', 4, 'Nội dung được bí thư chuẩn bị, chi ủy thống nhất trước', 'Content prepared and agreed by the cell committee beforehand', 10.0, null, null, false),
        ('DRAFT_RESOLUTION', 5, 'Có dự thảo nghị quyết', 'A draft resolution', 5.0, null, null, false),
        ('ORDER', 6, 'Đúng trình tự, thủ tục', 'Proper order of business', 10.0, null, null, false),
        ('CRITICISM', 7, 'Có biểu dương, phê bình đảng viên', 'Members praised or criticised', 10.0, null, null, false),
        ('PARTICIPATION', 8, 'Nhiều đảng viên phát biểu (ít nhất một nửa số dự họp)', 'Many members speak (at least half of those present)', 10.0, 'PARTICIPATION', 50.0, true),
        ('DURATION', 9, 'Thời gian sinh hoạt ít nhất 90 phút', 'At least 90 minutes', 10.0, 'DURATION', 90.0, true),
        ('RESOLUTION', 10, 'Nghị quyết được biểu quyết thông qua', 'A resolution adopted', 5.0, 'RESOLUTION', null, false),
        ('MINUTES', 11, 'Biên bản ghi đầy đủ', 'Complete minutes', 10.0, 'MINUTES', null, true)
     ) as c (code, position, label_vi, label_en, points, auto_check, threshold, must_full)
where s.unit_id is null and s.valid_from = date '2018-07-06';
