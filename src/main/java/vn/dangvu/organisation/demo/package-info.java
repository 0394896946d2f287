/**
 * The demo organisation (decision 0202): its seed writes the units, and the roster of
 * branches and teams is published to the people module's demo, which staffs those teams
 * (decision 0211).
 */
@org.springframework.modulith.NamedInterface("demo")
package vn.dangvu.organisation.demo;
