-- The read views people publishes (decision 0201). Other modules read persons through them and
-- never through person, person_affiliation or person_scope. Their columns only grow.
create view person_ref as
select id, full_name, family_name, middle_name, given_name, search_text, sort_key, birth_date, sex, cccd,
       job_title, work_unit_id, party_unit_id, union_unit_id, youth_unit_id
from person;

-- One row per distinct current unit path of a person (the scoped read model of decision 0070).
create view person_scope_ref as
select person_id, path, sort_key, search_text, party_member, union_member, youth_member, birth_date
from person_scope;
