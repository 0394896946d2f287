/**
 * Emulation movements and awards. Waits for its issue.
 */
@org.springframework.modulith.ApplicationModule
package vn.dangvu.emulation;
