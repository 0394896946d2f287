-- A person's own open activities on the home page (issue 12, decision 0273): the activities they lead.
create index programme_activity_lead on programme_activity (lead_person_id) where lead_person_id is not null;
