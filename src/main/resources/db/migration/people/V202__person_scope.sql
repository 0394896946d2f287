-- The people read model for scoped reads (decision 0070): one row per distinct current unit path of a
-- person (work, Party, union, youth unit), with the person's sort key, search text, memberships and birth
-- date copied, so that a scoped list, its count and the counts by kind are one range scan on the path
-- index (index-only: every other column is included).
-- Kept by PersonService in the writing transaction and rewritten on unit moves (UnitMoved).
create table person_scope (
    person_id    bigint  not null references person (id) on delete cascade,
    path         text    not null,
    sort_key     bytea   not null,
    search_text  text    not null,
    party_member boolean not null,
    union_member boolean not null,
    youth_member boolean not null,
    birth_date   date    not null,
    primary key (person_id, path)
);
create index person_scope_path_idx on person_scope (path text_pattern_ops)
    include (person_id, sort_key, search_text, party_member, union_member, youth_member, birth_date);

insert into person_scope (person_id, path, sort_key, search_text, party_member, union_member, youth_member,
                          birth_date)
select distinct p.id, u.path, p.sort_key, p.search_text, p.party_unit_id is not null,
       p.union_unit_id is not null, p.youth_unit_id is not null, p.birth_date
from person p
join org_unit u on u.id in (p.work_unit_id, p.party_unit_id, p.union_unit_id, p.youth_unit_id);
