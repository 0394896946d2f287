-- Accounts of the role mix (bench/rolemix.sh) on the national data set: every password is demo123 (the demo's
-- BCrypt hash), every secretary has a personal API token. Writes the accounts file RoleMix reads:
-- role, username, person id, unit id, token (tab-separated).
\set ON_ERROR_STOP on
delete from api_token where name = 'rolemix';
delete from account_grant where account_id in (select id from account where username like 'rm.%');
delete from account where username like 'rm.%';
create temp table rm (role text, username text, person_id bigint, unit_id bigint, grant_role text, token text);
-- two users of the province office and a leader on the first top-level committee (the 98,799 people of /1/)
insert into rm select 'province', 'rm.tinh' || n, null, 1, 'COMMITTEE_OFFICE', '' from generate_series(1, 2) n;
insert into rm select 'leader', 'rm.lanhdao' || n, null, 1, 'COMMITTEE_OFFICE', '' from generate_series(1, 1) n;
-- three grassroots offices of that province
insert into rm select 'grassroots', 'rm.coso' || row_number() over (order by id), null, id, 'COMMITTEE_OFFICE', ''
from (select id from org_unit where kind = 'GRASSROOTS_COMMITTEE' and path like '/1/%' order by id limit 3) g;
-- four cell secretaries, each a Party member of the cell, with a token
insert into rm select 'secretary', 'rm.bithu' || row_number() over (order by c.id),
  (select p.id from person p where p.party_unit_id = c.id order by p.id limit 1), c.id, 'CELL_SECRETARY',
  'dv_' || rpad('rolemix' || row_number() over (order by c.id), 43, 'x')
from (select id from org_unit where kind = 'CELL' and path like '/1/%' order by id limit 4) c;
-- four members reading their own page
insert into rm select 'member', 'rm.dangvien' || row_number() over (order by p.id), p.id, null, 'MEMBER', ''
from (select id from person where party_unit_id is not null order by id desc limit 4) p;
insert into account (username, display_name, password_hash, person_id)
select username, username, '{bcrypt}$2a$10$XjcPbj.s0ETbzIPQoxDXE.R1SGVcr3HdxBJYu/NFYUDOGuLZllv.S', person_id from rm;
insert into account_grant (account_id, role, unit_id)
select a.id, rm.grant_role, case when rm.grant_role = 'MEMBER' then null else rm.unit_id end
from rm join account a on a.username = rm.username;
insert into api_token (account_id, name, token_hash, token_prefix)
select a.id, 'rolemix', encode(sha256(convert_to(rm.token, 'UTF8')), 'hex'), substr(rm.token, 1, 10)
from rm join account a on a.username = rm.username where rm.token <> '';
\copy (select role, username, coalesce(person_id, 0), coalesce(unit_id, 0), coalesce(nullif(token, ''), '-') from rm order by role, username) to pstdout
