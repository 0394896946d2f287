/**
 * Who did what, when, to which record, before and after. Owns {@code audit_event} (V400;
 * triggers refuse update and delete) and stores every
 * {@code platform.audit.RecordChanged} synchronously in the writing transaction
 * (decisions 0031, 0206); its viewer and API show the rows in the caller's scope.
 * Publishes {@code AuditEntry} and {@code AuditQuery}; no other module calls it.
 */
@org.springframework.modulith.ApplicationModule
package vn.dangvu.audit;
