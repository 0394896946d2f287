package vn.dangvu.people.importing;

/**
 * One problem of an imported row, as the user sees it in Excel.
 *
 * @param row the row number shown by Excel (the header is row 1)
 * @param column the column letter, or empty when the problem concerns the whole row
 * @param header the column's header
 * @param message the explanation, already in the uploader's language
 */
public record RowError(int row, String column, String header, String message) {

}
