/**
 * Annual evaluation and classification. Waits for its issue.
 */
@org.springframework.modulith.ApplicationModule
package vn.dangvu.evaluation;
