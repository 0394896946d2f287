/**
 * Petitions, surveys and grassroots-democracy disclosures. Waits for its issue.
 */
@org.springframework.modulith.ApplicationModule
package vn.dangvu.feedback;
