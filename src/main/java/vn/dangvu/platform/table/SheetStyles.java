package vn.dangvu.platform.table;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of one {@link SheetWriter} workbook: a number format, bold and an
 * indent, each combination created once and shared by every cell that uses it (a workbook
 * holds a limited number of styles).
 */
final class SheetStyles {

	static final String DAY_FORMAT = "dd/mm/yyyy";

	static final String TIME_FORMAT = "dd/mm/yyyy hh:mm:ss";

	static final String MONEY_FORMAT = "#,##0";

	private final Workbook book;

	private final Map<String, CellStyle> styles = new HashMap<>();

	SheetStyles(Workbook book) {
		this.book = book;
	}

	/** The style of a cell; null for a plain cell (no format, not bold, no indent). */
	CellStyle style(String format, boolean bold, int indent) {
		if (format == null && !bold && indent == 0) {
			return null;
		}
		return this.styles.computeIfAbsent(format + "|" + bold + "|" + indent, (k) -> {
			CellStyle style = this.book.createCellStyle();
			if (format != null) {
				style.setDataFormat(this.book.getCreationHelper().createDataFormat().getFormat(format));
			}
			if (bold) {
				Font font = this.book.createFont();
				font.setBold(true);
				style.setFont(font);
			}
			if (indent > 0) {
				style.setIndention((short) indent);
			}
			return style;
		});
	}

}
