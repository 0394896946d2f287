/**
 * Cell meetings (issue 11, decision 0225): the year's plan of each cell (a regular
 * meeting every month, a thematic one at least once a quarter), what was recorded when a
 * meeting was held (attendance of the members expected that day, agenda, resolution and
 * its vote) and its quality grade on an effective-dated score sheet. Owns the tables
 * {@code meeting}, {@code meeting_attendance}, {@code meeting_agenda_item},
 * {@code meeting_document}, {@code meeting_score_sheet}, {@code meeting_score_criterion}
 * and {@code meeting_grade} (migrations V900–V999); reads cells through {@code unit_ref},
 * persons through {@code person_ref}, members through {@code MembershipApi} and documents
 * through {@code DirectiveApi}, the cells' secretaries through {@code IdentityApi}.
 * Publishes {@link vn.dangvu.meeting.MeetingApi} (with a committee's compliance of a
 * month, decision 0227) and reminders (a month closing without a meeting, a grade
 * awaited).
 */
@org.springframework.modulith.ApplicationModule
package vn.dangvu.meeting;
