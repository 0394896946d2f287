/**
 * Work programmes (issue 12, decision 0270): a unit's programme for a year, half a year
 * or a congress term (the Party organisation's annual programme, a resolution's action
 * programme, the government-side plan, the trade union's and Youth Union's annual
 * programmes), its areas, key tasks with indicators and targets, and activities with
 * owner units, lead person and deadline; key tasks concretise a task of a programme of a
 * unit above (the cascade). Draft, adopted on a document or a meeting, changed only by a
 * recorded amendment (with the structure before), closed. Owns the tables
 * {@code programme}, {@code programme_area}, {@code programme_task},
 * {@code programme_indicator}, {@code programme_indicator_value},
 * {@code programme_activity}, {@code programme_activity_owner},
 * {@code programme_progress} and {@code programme_amendment} (migrations V1000–V1099);
 * reads units through {@code unit_ref}, persons through {@code person_ref}, documents
 * through {@code DirectiveApi} and meetings through {@code MeetingApi}. Publishes
 * {@link vn.dangvu.programme.ProgrammeApi}.
 */
@org.springframework.modulith.ApplicationModule
package vn.dangvu.programme;
