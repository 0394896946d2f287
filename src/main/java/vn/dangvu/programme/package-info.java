/**
 * Annual work programmes: areas, key tasks and activities with owners, deadlines and
 * progress, cascaded to units. Empty until issue 12 builds it, following the module shape
 * of decision 0200; migrations V1000–V1099.
 */
@org.springframework.modulith.ApplicationModule
package vn.dangvu.programme;
