package vn.dangvu.platform.table;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import vn.dangvu.platform.text.Messages;

/**
 * Writes a list as an XLSX workbook with the columns of its {@link TableSpec}: a header
 * row, then one row per record in the order the page shows; dates as dd/MM/yyyy cells,
 * numbers as numbers, messages in the reader's language.
 */
@Component
@RequiredArgsConstructor
public class TableSheet {

	public static final String XLSX = SheetWriter.XLSX;

	/** Rows at most in one export (a sheet holds about a million). */
	public static final int MAX_ROWS = 100_000;

	private final Messages messages;

	/** Whether the request asks for the export ({@code ?format=xlsx}). */
	public static boolean wanted(String format) {
		return "xlsx".equalsIgnoreCase(format);
	}

	public <T> void write(TableSpec<T> spec, List<T> rows, HttpServletResponse response) throws IOException {
		List<TableColumn<T>> columns = spec.columns();
		try (SheetWriter sheet = SheetWriter.open(this.messages.text(spec.titleKey()))) {
			sheet.header(columns.stream().map((c) -> this.messages.text(c.labelKey())).toArray(String[]::new))
				.freezeAbove();
			for (T row : rows.subList(0, Math.min(rows.size(), MAX_ROWS))) {
				SheetWriter.Line line = sheet.row();
				columns.forEach((c) -> cell(line, c.value().apply(row)));
			}
			for (int i = 0; i < columns.size(); i++) {
				sheet.width(i, 22);
			}
			sheet.send(response, spec.name() + ".xlsx");
		}
	}

	private void cell(SheetWriter.Line line, Object value) {
		if (value instanceof Boolean b) {
			line.text(this.messages.text(b ? "common.yes" : "common.no"));
		}
		else if (value instanceof TableColumn.Text t) {
			line.text(this.messages.text(t.key(), t.args()));
		}
		else {
			line.value(value);
		}
	}

}
