/**
 * Members reading and studying the directives assigned to their cell (decision 0123).
 */
package vn.dangvu.directive.study;
