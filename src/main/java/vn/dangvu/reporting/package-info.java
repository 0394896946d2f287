/**
 * The home dashboards: units and people in the caller's scope with their charts and the
 * pressing reminders, and a member's own standing, dues, timeline and study. Reads only
 * other modules' faces; owns no table and publishes nothing. Statistics forms and
 * roll-ups come with their own issue.
 */
@org.springframework.modulith.ApplicationModule
package vn.dangvu.reporting;
