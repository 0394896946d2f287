/**
 * A programme's structure as a spreadsheet (decision 0271): the template, the import into
 * a draft with the structure's own checks, the export in the same shape.
 */
package vn.dangvu.programme.sheet;
