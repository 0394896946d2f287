-- The documents to read before each cell's meetings, published for the directive module (decision 0228):
-- a member of the cell may open a document listed for one of its meetings, as one assigned to the cell.
-- Columns only grow (decision 0201).
create view meeting_document_ref as
select md.document_id, m.unit_id, md.meeting_id
from meeting_document md join meeting m on m.id = md.meeting_id;

-- the directive module asks "is this document listed for a meeting of that cell?"
create index meeting_document_document on meeting_document (document_id, meeting_id);
