/**
 * Persons on the staff: identity (CCCD), names and Vietnamese ordering, birth date, sex,
 * job, unit of work and their Party, union and youth units; search, import from Excel and
 * merging duplicates. Owns {@code person}, {@code person_affiliation},
 * {@code person_import_job} and the read model {@code person_scope} (V200–V299, decision
 * 0070), kept in step with unit moves and merges by synchronous listeners (decision
 * 0206). Publishes the read views {@code person_ref} and {@code person_scope_ref} (V220,
 * decision 0201) and {@code PeopleApi} with its records.
 */
@org.springframework.modulith.ApplicationModule
package vn.dangvu.people;
