/**
 * Annual work programmes: areas, key tasks, activities. Waits for its issue.
 */
@org.springframework.modulith.ApplicationModule
package vn.dangvu.programme;
