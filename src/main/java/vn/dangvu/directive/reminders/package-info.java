/**
 * Reminders of directive actions overdue or due soon.
 */
package vn.dangvu.directive.reminders;
