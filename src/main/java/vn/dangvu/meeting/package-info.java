/**
 * Cell meetings, minutes, quality grading. Waits for its issue.
 */
@org.springframework.modulith.ApplicationModule
package vn.dangvu.meeting;
