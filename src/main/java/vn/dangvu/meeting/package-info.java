/**
 * Cell meetings (issue 11, decision 0225): the year's plan of each cell (a regular
 * meeting every month, a thematic one at least once a quarter), what was recorded when a
 * meeting was held (attendance of the members expected that day, agenda, resolution and
 * its vote), its quality grade on an effective-dated score sheet, and its minutes as PDF
 * and DOCX through the directive module's Party-document renderer, signed and versioned
 * (decision 0226). Owns the tables {@code meeting}, {@code meeting_attendance},
 * {@code meeting_agenda_item}, {@code meeting_document}, {@code meeting_score_sheet},
 * {@code meeting_score_criterion}, {@code meeting_grade} and
 * {@code meeting_minutes_version} (migrations V900–V999); reads cells through
 * {@code unit_ref}, persons through {@code person_ref}, members through
 * {@code MembershipApi} and documents through {@code DirectiveApi}, the cells'
 * secretaries through {@code IdentityApi}. Publishes {@link vn.dangvu.meeting.MeetingApi}
 * (with a committee's compliance of a month, decision 0227) and reminders (a month
 * closing without a meeting, a grade awaited, absences reaching the striking-off rule).
 */
@org.springframework.modulith.ApplicationModule
package vn.dangvu.meeting;
