package vn.dangvu.programme.sheet;

import vn.dangvu.programme.sheet.SheetColumn.Sheet;

/**
 * One problem of an imported row, as the user finds it in Excel.
 *
 * @param field where the API names it: {@code row12.dueOn}, {@code indicatorRow5.target}
 * @param row the row number Excel shows (the header is row 1)
 * @param column the column's header, or null when the problem is the row's
 * @param message the explanation alone
 * @param text the whole sentence: "Dòng 12, cột Hạn: …"
 */
public record SheetError(String field, int row, String column, String message, String text) {

	static String field(Sheet sheet, int row, SheetColumn column) {
		String prefix = (sheet == Sheet.INDICATORS) ? "indicatorRow" : "row";
		return prefix + row + ((column == null) ? "" : "." + column.key);
	}

	boolean onIndicators() {
		return this.field.startsWith("indicatorRow");
	}

}
