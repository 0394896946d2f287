-- Sign-in throttling by account, by client address and by the pair (decision 0167): each key
-- counts failed sign-ins; past a free allowance each failure makes the next attempt wait longer.
create table login_throttle (
    kind            varchar(10)  not null check (kind in ('ACCOUNT', 'ADDRESS', 'PAIR')),
    key_value       varchar(200) not null,
    failures        int          not null default 0,
    last_failure_at timestamptz  not null default now(),
    constraint login_throttle_pk primary key (kind, key_value)
);
create index login_throttle_last_ix on login_throttle (last_failure_at);

-- The hard 15-minute lock is gone: nothing may keep refusing the right password.
update account set locked_until = null where locked_until is not null;
