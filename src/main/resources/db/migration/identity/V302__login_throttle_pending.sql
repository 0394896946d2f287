-- Attempts admitted and not yet decided, apart from the failures (decision 0250): an attempt the database
-- failed under is never counted as a failure, and stops weighing once no attempt has come for 10 s.
alter table login_throttle
    add column pending         int         not null default 0,
    add column last_attempt_at timestamptz;
