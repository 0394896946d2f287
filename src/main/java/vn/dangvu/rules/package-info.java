/**
 * Effective-dated rule sets and the working-day calendar (issue 3). Waits for its issue.
 */
@org.springframework.modulith.ApplicationModule
package vn.dangvu.rules;
