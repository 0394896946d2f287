/**
 * Document registry, citations, cascade and implementation tracking (issue 4). Waits for
 * its issue.
 */
@org.springframework.modulith.ApplicationModule
package vn.dangvu.directive;
