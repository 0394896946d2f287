package vn.dangvu.platform.table;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Writes a list as an XLSX workbook with the columns of its {@link TableSpec}: a header
 * row, then one row per record in the order the page shows; dates as dd/MM/yyyy cells,
 * numbers as numbers, messages in the reader's language.
 */
@Component
public class TableSheet {

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** Rows at most in one export (a sheet holds about a million). */
	public static final int MAX_ROWS = 100_000;

	private final MessageSource messages;

	TableSheet(MessageSource messages) {
		this.messages = messages;
	}

	/** Whether the request asks for the export ({@code ?format=xlsx}). */
	public static boolean wanted(String format) {
		return "xlsx".equalsIgnoreCase(format);
	}

	public <T> void write(TableSpec<T> spec, List<T> rows, HttpServletResponse response) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(text(spec.titleKey())));
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle day = book.createCellStyle();
			day.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			List<TableColumn<T>> columns = spec.columns();
			Row head = sheet.createRow(0);
			for (int i = 0; i < columns.size(); i++) {
				Cell c = head.createCell(i);
				c.setCellValue(text(columns.get(i).labelKey()));
				c.setCellStyle(bold);
			}
			int r = 1;
			for (T row : rows.subList(0, Math.min(rows.size(), MAX_ROWS))) {
				Row x = sheet.createRow(r++);
				for (int i = 0; i < columns.size(); i++) {
					set(x.createCell(i), columns.get(i).value().apply(row), day);
				}
			}
			for (int i = 0; i < columns.size(); i++) {
				sheet.setColumnWidth(i, 22 * 256);
			}
			sheet.createFreezePane(0, 1);
			response.setContentType(XLSX);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(spec.name() + ".xlsx").build().toString());
			try (OutputStream out = response.getOutputStream()) {
				book.write(out);
			}
		}
	}

	private void set(Cell cell, Object value, CellStyle day) {
		if (value == null) {
			cell.setBlank();
		}
		else if (value instanceof LocalDate d) {
			cell.setCellValue(d);
			cell.setCellStyle(day);
		}
		else if (value instanceof Number n) {
			cell.setCellValue(n.doubleValue());
		}
		else if (value instanceof Boolean b) {
			cell.setCellValue(text(b ? "common.yes" : "common.no"));
		}
		else if (value instanceof TableColumn.Text t) {
			cell.setCellValue(text(t.key(), t.args()));
		}
		else {
			cell.setCellValue(value.toString());
		}
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
