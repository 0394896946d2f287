-- The province people list with a name fragment (decision 0281): person_scope rows carry the top-level
-- organisation of their path (its first label, "/<top>/…"; also the distribution column docs/scaling.md
-- names), computed by PostgreSQL from the path, so every writer (PersonScopeRows, the unit-move rewrite, bulk
-- loads) keeps it right without knowing it. A GIN index over (top_id, trigrams of the search text) lets a
-- scope that is a whole top-level organisation intersect its entries with the fragment's trigrams instead of
-- testing every row of the path range with like '%…%'.
create extension if not exists btree_gin;

alter table person_scope add column top_id bigint not null
    generated always as (split_part(path, '/', 2)::bigint) stored;

create index person_scope_top_search_idx on person_scope using gin (top_id, search_text gin_trgm_ops);
