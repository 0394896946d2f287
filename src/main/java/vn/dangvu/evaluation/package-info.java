/**
 * Annual evaluation and classification of members and organisations, with quotas. Empty:
 * no issue builds it yet; it will follow the module shape of decision 0200.
 */
@org.springframework.modulith.ApplicationModule
package vn.dangvu.evaluation;
