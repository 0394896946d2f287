/**
 * What the directive pages and API share to read their input.
 */
package vn.dangvu.directive.input;
