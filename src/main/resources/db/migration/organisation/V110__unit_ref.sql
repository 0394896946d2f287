-- The read view organisation publishes (decision 0201). Other modules read units through it and
-- never through org_unit: the columns they may rely on, nothing else. Its columns only grow.
create view unit_ref as
select id, code, kind, name, short_name, parent_id, path, depth, established_on, closed_on, merged_into_id
from org_unit;
