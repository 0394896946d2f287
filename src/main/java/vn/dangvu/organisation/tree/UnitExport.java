package vn.dangvu.organisation.tree;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.dangvu.organisation.UnitDto;
import vn.dangvu.organisation.UnitScope;
import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.platform.time.VietnamTime;

/**
 * The caller's visible part of the unit tree as an Excel workbook, in tree order, with
 * the same date and closed-unit choices as the tree page.
 */
@Controller
@RequiredArgsConstructor
class UnitExport {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final String[] HEADERS = { "code", "name", "shortName", "kind", "parent", "depth", "establishedOn",
			"closedOn", "mergedInto" };

	private static final int[] WIDTHS = { 16, 60, 24, 26, 50, 8, 16, 22, 50 };

	private static final int MAX_INDENT = 15;

	private final UnitQueries queries;

	private final UnitHistoryQueries past;

	private final UnitScopes scopes;

	private final MessageSource messages;

	private final Clock clock;

	@GetMapping("/units/export")
	void export(@RequestParam(required = false) String asOf, @RequestParam(defaultValue = "false") boolean closed,
			HttpServletResponse response) throws IOException {
		UnitScope scope = this.scopes.current();
		LocalDate date = UnitPages.parseDate(asOf);
		List<UnitDto> units = (date != null) ? this.past.listAsOf(scope, date, null, null)
				: this.queries.list(scope, null, null, closed);
		Map<Long, String> names = new HashMap<>();
		units.forEach((u) -> names.put(u.id(), u.name()));
		int top = units.stream().mapToInt(UnitDto::depth).min().orElse(0);
		try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
			SXSSFSheet sheet = book.createSheet(text("unit.export.sheet"));
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle day = book.createCellStyle();
			day.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			CellStyle[] indents = new CellStyle[MAX_INDENT + 1];
			Row head = sheet.createRow(0);
			for (int i = 0; i < HEADERS.length; i++) {
				Cell cell = head.createCell(i);
				cell.setCellValue(text("unit.export.col." + HEADERS[i]));
				cell.setCellStyle(bold);
				sheet.setColumnWidth(i, WIDTHS[i] * 256);
			}
			sheet.createFreezePane(0, 1);
			int rowNo = 1;
			for (UnitDto u : units) {
				int level = u.depth() - top;
				Row row = sheet.createRow(rowNo++);
				row.createCell(0).setCellValue(u.code());
				Cell name = row.createCell(1);
				name.setCellValue(u.name());
				name.setCellStyle(indent(book, indents, Math.min(level, MAX_INDENT)));
				row.createCell(2).setCellValue((u.shortName() != null) ? u.shortName() : "");
				row.createCell(3).setCellValue(text(u.kind().labelKey()));
				row.createCell(4).setCellValue(u.parentId() != null ? names.getOrDefault(u.parentId(), "") : "");
				row.createCell(5).setCellValue(level + 1);
				dateCell(row, 6, u.establishedOn(), day);
				dateCell(row, 7, u.closedOn(), day);
				row.createCell(8)
					.setCellValue((u.closedOn() == null) ? ""
							: this.queries.mergedInto(u.id(), scope).map(UnitDto::name).orElse(""));
			}
			response.setContentType(XLSX);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(text("unit.export.file") + "-"
								+ ((date != null) ? date : VietnamTime.today(this.clock)) + ".xlsx")
						.build()
						.toString());
			try (OutputStream out = response.getOutputStream()) {
				book.write(out);
			}
		}
	}

	private static CellStyle indent(SXSSFWorkbook book, CellStyle[] styles, int level) {
		if (styles[level] == null) {
			styles[level] = book.createCellStyle();
			styles[level].setIndention((short) level);
		}
		return styles[level];
	}

	private static void dateCell(Row row, int column, LocalDate value, CellStyle style) {
		Cell cell = row.createCell(column);
		if (value != null) {
			cell.setCellValue(value);
			cell.setCellStyle(style);
		}
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
