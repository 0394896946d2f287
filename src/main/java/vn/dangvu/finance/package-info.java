/**
 * Trade-union finance and donation campaigns. Waits for its issue.
 */
@org.springframework.modulith.ApplicationModule
package vn.dangvu.finance;
