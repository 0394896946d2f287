/**
 * The document registry and what units do with it (issue 4): citations in Party and state
 * styles (parsing, extraction from text), document types, issuers and committee terms,
 * registration, links and derived status, attachments; the cascade of a directive down
 * the tree with required actions and the tracking board; members' study; Party-format
 * documents (numbering, templates, DOCX/PDF), and other modules' texts
 * ({@code PartyText}, the minutes of a meeting) drawn in the same layout. Owns the
 * {@code directive_*} and {@code party_doc*} tables (V600–V699). Publishes
 * {@code DirectiveApi} with its records, and directive reminders through
 * {@code notification.ReminderSource}.
 */
@org.springframework.modulith.ApplicationModule
package vn.dangvu.directive;
