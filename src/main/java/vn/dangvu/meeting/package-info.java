/**
 * Cell meetings: plan, notice, attendance, minutes, resolution and quality grade,
 * committee oversight and the member's own view. Empty until issue 11 builds it,
 * following {@code docs/development.md}, "How to add a module"; migrations V900–V999.
 */
@org.springframework.modulith.ApplicationModule
package vn.dangvu.meeting;
