/**
 * Party membership as an event log; Youth Union and trade-union memberships; dues ledgers
 * (issue 3). Waits for its issue.
 */
@org.springframework.modulith.ApplicationModule
package vn.dangvu.membership;
