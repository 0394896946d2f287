/**
 * Petitions and complaints with deadlines, satisfaction surveys, grassroots-democracy
 * disclosures. Empty: no issue builds it yet; it will follow the module shape of decision
 * 0200.
 */
@org.springframework.modulith.ApplicationModule
package vn.dangvu.feedback;
