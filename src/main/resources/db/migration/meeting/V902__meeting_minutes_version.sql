-- The signed minutes of a held meeting and every version after them (issue 11, decision 0226).
-- Version 1 is the secretary's signature; each change of the record after it is the next version,
-- made by the one who changed it and carrying the reason. The text as it was signed is kept whole
-- (the PartyText the directive module renders), so an old version prints as it was.
create table meeting_minutes_version (
    meeting_id      bigint      not null references meeting (id) on delete cascade,
    version         integer     not null check (version >= 1),
    -- the version of the meeting's record this text was made from
    meeting_version integer     not null,
    signed_at       timestamptz not null,
    signed_by       text        not null,
    signer_name     text        not null,
    reason          text        check (length(reason) between 1 and 500),
    snapshot        jsonb       not null,
    primary key (meeting_id, version),
    check ((version = 1) = (reason is null))
);
