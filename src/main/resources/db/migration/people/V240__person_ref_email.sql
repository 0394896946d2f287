-- person_ref grows by the person's e-mail address, for the notices the notification module mails
-- (decision 0240). A published view's columns only grow: the new one goes at the end.
create or replace view person_ref as
select id, full_name, family_name, middle_name, given_name, search_text, sort_key, birth_date, sex, cccd,
       job_title, work_unit_id, party_unit_id, union_unit_id, youth_unit_id, email
from person;
