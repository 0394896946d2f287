-- The board of a programme cascaded to 3,000 units (issue 12, bench/ ProgrammeBoardBench): a page's owner rows
-- (programme_id, unit_id = any(page), status, percent) and the owner units of a programme read from the owner
-- index alone instead of one heap page per row (the rows of a unit lie on as many pages as it has activities).
-- Same key as before, so the home card's own open activities use it as they did.
drop index programme_owner_unit;
create index programme_owner_unit on programme_activity_owner (unit_id, status, activity_id) include (programme_id, percent);
