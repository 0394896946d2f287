/**
 * The revision of the rules and the calendar, and what this node keeps of them at that
 * revision (decision 0260).
 */
package vn.dangvu.rules.revision;
