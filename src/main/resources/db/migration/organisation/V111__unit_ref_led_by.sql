-- unit_ref (decision 0201) grows by the unit that leads a union or youth unit, so that mass
-- membership finds the staff a union serves without reading org_unit. Columns only grow.
create or replace view unit_ref as
select id, code, kind, name, short_name, parent_id, path, depth, established_on, closed_on, merged_into_id,
       led_by_id
from org_unit;
