-- A job the application was running when it stopped (crash, kill, power cut) is marked failed on
-- the next start; this says so, so that the page can tell the user to import the file again.
alter table person_import_job add column interrupted boolean not null default false;
