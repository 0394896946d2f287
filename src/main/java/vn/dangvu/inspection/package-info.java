/**
 * Inspection, supervision and discipline. Waits for its issue.
 */
@org.springframework.modulith.ApplicationModule
package vn.dangvu.inspection;
