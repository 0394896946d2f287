-- The people read model for scoped lists (decision 0070): one row per distinct current unit path of a
-- person (work, Party, union, youth unit), with the person's sort key and search text copied, so that a
-- scoped list is one range scan on path with the name filter on the included column.
-- Kept by PersonService in the writing transaction and rewritten on unit moves (UnitMoved).
create table person_scope (
    person_id   bigint not null references person (id) on delete cascade,
    path        text   not null,
    sort_key    bytea  not null,
    search_text text   not null,
    primary key (person_id, path)
);
create index person_scope_path_idx on person_scope (path text_pattern_ops) include (person_id, sort_key, search_text);

insert into person_scope (person_id, path, sort_key, search_text)
select distinct p.id, u.path, p.sort_key, p.search_text
from person p
join org_unit u on u.id in (p.work_unit_id, p.party_unit_id, p.union_unit_id, p.youth_unit_id);
