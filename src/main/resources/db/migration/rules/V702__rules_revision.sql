-- The revision of the rules and the working-day calendar (decision 0260): one number that every
-- statement changing rule_definition, rule_value, calendar_year or calendar_day raises in its own
-- transaction. A node keeps what it read of these tables with the revision it read them at and
-- asks only this number per request; a change committed by any node (or by a migration, a test or
-- psql) is seen by every node at its next request.
create table rules_revision (
    id  integer primary key check (id = 1),
    n   bigint  not null
);
insert into rules_revision (id, n) values (1, 0);

create function rules_revision_raise() returns trigger language plpgsql as $$
begin
    update rules_revision set n = n + 1 where id = 1;
    return null;
end $$;

create trigger rule_definition_revision after insert or update or delete or truncate on rule_definition
    for each statement execute function rules_revision_raise();
create trigger rule_value_revision after insert or update or delete or truncate on rule_value
    for each statement execute function rules_revision_raise();
create trigger calendar_year_revision after insert or update or delete or truncate on calendar_year
    for each statement execute function rules_revision_raise();
create trigger calendar_day_revision after insert or update or delete or truncate on calendar_day
    for each statement execute function rules_revision_raise();
