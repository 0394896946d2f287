/**
 * Assigning a directive down the tree and tracking what each unit did (decision 0122):
 * assignments, recorded actions, the tracking board and obligations.
 */
package vn.dangvu.directive.cascade;
