-- (Re)builds the people module's person_scope read model (decision 0070) on loaded data, in the table of
-- migration V202, with deferred indexes: one row per distinct unit path of a person. Distinct paths are distinct
-- unit ids, so the four kinds are appended without a sort. Used by NationalDataSet after the COPY and by
-- `bench/run.sh person-scope`.
-- The table is the one migrations V202 and V250 created: emptied, with its keys and indexes dropped for the
-- load; top_id (V250, decision 0281) is generated from the path by PostgreSQL, so the inserts leave it out.
alter table person_scope drop constraint if exists person_scope_person_id_fkey;
alter table person_scope drop constraint if exists person_scope_pkey;
drop index if exists person_scope_path_idx;
drop index if exists person_scope_top_search_idx;
truncate person_scope;
insert into person_scope (person_id, path, sort_key, search_text, party_member, union_member, youth_member,
                          birth_date)
select p.id, u.path, p.sort_key, p.search_text, p.party_unit_id is not null, p.union_unit_id is not null,
       p.youth_unit_id is not null, p.birth_date
  from person p join org_unit u on u.id = p.work_unit_id
union all
select p.id, u.path, p.sort_key, p.search_text, true, p.union_unit_id is not null,
       p.youth_unit_id is not null, p.birth_date
  from person p join org_unit u on u.id = p.party_unit_id
 where p.party_unit_id is distinct from p.work_unit_id
union all
select p.id, u.path, p.sort_key, p.search_text, p.party_unit_id is not null, true,
       p.youth_unit_id is not null, p.birth_date
  from person p join org_unit u on u.id = p.union_unit_id
 where p.union_unit_id is distinct from p.work_unit_id and p.union_unit_id is distinct from p.party_unit_id
union all
select p.id, u.path, p.sort_key, p.search_text, p.party_unit_id is not null, p.union_unit_id is not null,
       true, p.birth_date
  from person p join org_unit u on u.id = p.youth_unit_id
 where p.youth_unit_id is distinct from p.work_unit_id and p.youth_unit_id is distinct from p.party_unit_id
   and p.youth_unit_id is distinct from p.union_unit_id;
alter table person_scope add primary key (person_id, path);
create index person_scope_path_idx on person_scope (path text_pattern_ops)
    include (person_id, sort_key, search_text, party_member, union_member, youth_member, birth_date);
create index person_scope_top_search_idx on person_scope using gin (top_id, search_text gin_trgm_ops);
alter table person_scope add constraint person_scope_person_id_fkey
    foreign key (person_id) references person (id) on delete cascade;
vacuum (analyze) person_scope;
